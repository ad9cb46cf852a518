import type { FastifyRequest } from 'fastify';

const CALENDAR_KEY = /(\/calendar\/)[^/?#]+(\.ics)/;

/** A calendar feed's address holds its secret: logs keep the route, never the key. */
export function redactUrl(url: string): string {
  return url.replace(CALENDAR_KEY, '$1[key]$2');
}

/** Fastify's own request log fields, with the address redacted. */
export function requestForLog(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
