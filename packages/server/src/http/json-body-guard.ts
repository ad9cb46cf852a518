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
  if (type !== 'application/json') {
    throw new ApiProblem(415, 'unsupported_media_type', 'Send the body as JSON with the header "Content-Type: application/json".', {
      body: 'must be sent as application/json',
    });
  }
}
