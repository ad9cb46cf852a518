import type { FastifyRequest } from 'fastify';
import { ApiProblem } from '../api-problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: a page on another site can make the browser send our cookie with a
 * request. Browsers say where a request comes from (Sec-Fetch-Site, Origin); refuse anything
 * that is not from Mend itself. Requests with an Authorization header carry their own credential
 * (and a browser cannot add one cross-site without a CORS preflight we never allow). Tools like
 * curl send neither header and pass.
 */
export function checkSameOrigin(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method) || request.headers.authorization !== undefined) return;
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  if (site === 'cross-site' || site === 'same-site' || (origin !== undefined && !isSameOrigin(origin, request.headers.host))) {
    throw new ApiProblem(403, 'cross_site', 'This request came from another site, so Mend refused it.');
  }
}

export function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    const from = new URL(origin);
    // Compare host:port only: behind a TLS-terminating proxy the scheme seen here differs.
    return from.host === new URL(`${from.protocol}//${host}`).host;
  } catch {
    return false; // "null" and other opaque origins
  }
}
