import type { FastifyInstance } from 'fastify';

/**
 * JSON only. An empty body with a JSON content type reads as "no body", so the schema explains
 * what is missing instead of the parser failing; text/plain is dropped so every other content
 * type gets a clear 415.
 */
export function useJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
