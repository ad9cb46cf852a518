import { api, API_PREFIX, ApiErrorSchema, type Api, type Endpoint, type EndpointName, type Me } from '@mend/core';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { authenticateWith } from '../authenticate';
import { AUTH_RATE_LIMIT } from '../rate-limits';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A body that is not JSON (the Daylio import's text/csv); the JSON-body guard lets it through. */
    bodyType?: 'text/csv';
  }
}

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface EndpointInput<N extends EndpointName> {
  params: Api[N] extends { params: infer P } ? Output<P> : undefined;
  query: Api[N] extends { query: infer Q } ? Output<Q> : undefined;
  body: Api[N] extends { body: infer B } ? Output<B> : undefined;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * An endpoint that may also answer text (the CSV export) returns that text as a string, one that
 * may answer a PDF returns its bytes as a Buffer; either way its type is set on the reply.
 */
export type EndpointResult<N extends EndpointName> =
  | (Api[N]['response'] extends z.ZodType ? z.output<Api[N]['response']> : void)
  | (Api[N] extends { alsoAnswers: 'application/pdf' } ? Buffer : Api[N] extends { alsoAnswers: string } ? string : never);

export interface EndpointOptions {
  bodyLimit?: number;
  /** Sign-in and registration: slow down password guessing. */
  rateLimited?: boolean;
}

/**
 * Registers one contract entry: its method and path under /api/v1, its zod schemas for
 * validation, serialization and the OpenAPI document, and sign-in when the contract says so.
 * Handlers never re-declare shapes, so the server cannot drift from the contract.
 */
export function addEndpoint<N extends EndpointName>(
  app: FastifyInstance,
  context: AppContext,
  name: N,
  handler: (input: EndpointInput<N>) => Promise<EndpointResult<N>>,
  options: EndpointOptions = {},
): void {
  const endpoint: Endpoint = api[name];
  const schema: FastifySchema = {
    operationId: name,
    summary: endpoint.summary,
    tags: [endpoint.path.split('/')[1] ?? 'api'],
    ...(endpoint.params && { params: endpoint.params }),
    ...(endpoint.query && { querystring: endpoint.query }),
    ...(endpoint.body && { body: endpoint.body }),
    // The OpenAPI document names the body's type; the route's own content-type parser reads it.
    ...(endpoint.bodyType && { consumes: [endpoint.bodyType] }),
    ...(endpoint.auth && { security: [{ session: [] }, { token: [] }] }),
    response: {
      [endpoint.status]: successResponse(endpoint),
      '4xx': ApiErrorSchema,
      '5xx': ApiErrorSchema,
    },
  };
  app.route({
    method: endpoint.method,
    url: `${API_PREFIX}${endpoint.path}`,
    schema,
    ...(options.bodyLimit !== undefined && { bodyLimit: options.bodyLimit }),
    config: { ...(options.rateLimited && { rateLimit: AUTH_RATE_LIMIT }), ...(endpoint.bodyType && { bodyType: endpoint.bodyType }) },
    ...(endpoint.auth && { onRequest: authenticateWith(context, name) }),
    handler: async (request, reply) => {
      const input = { params: request.params, query: request.query, body: request.body, request, reply };
      const result = await handler(input as EndpointInput<N>);
      void reply.code(endpoint.status);
      return endpoint.response ? result : reply.send();
    },
  });
}

/**
 * JSON as the contract says; an endpoint that may also answer text or a PDF lists both types for
 * the OpenAPI document. Fastify sends a string with a non-JSON type, and any Buffer, as it is, so
 * neither goes through the JSON serializer.
 */
function successResponse(endpoint: Endpoint): FastifySchema['response'] {
  const json = endpoint.response ?? z.undefined().describe('No content');
  if (!endpoint.alsoAnswers) return json;
  const other = endpoint.alsoAnswers === 'application/pdf' ? z.string().meta({ format: 'binary' }) : z.string();
  return { content: { 'application/json': { schema: json }, [endpoint.alsoAnswers]: { schema: other } } };
}

/** The signed-in person on a route registered with auth: true. */
export function signedIn(request: FastifyRequest): Me {
  if (!request.me) throw new Error('signedIn() used on a route without authentication');
  return request.me;
}
