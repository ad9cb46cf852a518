import type { ApiError } from '@mend/core';
import type { Socket } from 'node:net';

/**
 * Node refuses some requests before Fastify sees them (headers or address too long, a broken
 * request line, a client too slow). Fastify's own answer to those is not Mend's error shape;
 * this one is, so every 4xx a client can get reads the same way.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, problem] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', { code: 'timeout', message: 'The request took too long to arrive. Please try again.', fields: {} }]
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', { code: 'too_large', message: 'The address or the headers are too long for Mend to accept.', fields: {} }]
        : [400, 'Bad Request', { code: 'bad_request', message: 'The request is not valid HTTP.', fields: {} }];
  const body = JSON.stringify({ error: problem } satisfies ApiError);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
