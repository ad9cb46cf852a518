import type { FastifyRequest } from 'fastify';
import { ApiProblem } from '../api-problem';

/**
 * Bodies must be JSON and say so. Besides being the only format Mend reads, this blocks HTML
 * forms: they cannot send application/json to another site without a preflight.
 */
export function checkJsonBody(request: FastifyRequest): void {
  const length = request.headers['content-length'];
  const hasBody = (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return;
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  // A route that reads another type says so; text/csv, like JSON, is not a type a cross-site form can send.
  const expected = request.routeOptions.config.bodyType ?? 'application/json';
  if (type !== expected) {
    throw new ApiProblem(415, 'unsupported_media_type', expected === 'application/json' ? 'Send the body as JSON with the header "Content-Type: application/json".' : `Send the body with the header "Content-Type: ${expected}".`, {
      body: `must be sent as ${expected}`,
    });
  }
}
