import fastifySwagger from '@fastify/swagger';
import { API_PREFIX } from '@mend/core';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { MEND_VERSION } from '../version';
import { SESSION_COOKIE } from './session-cookie';

export const OPENAPI_PATH = `${API_PREFIX}/openapi.json`;

/** Must be registered before the routes: it collects them as they are added. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Mend API',
        version: MEND_VERSION,
        description: 'Generated from the zod schemas the server validates with (packages/core/src/api/contract.ts).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          token: { type: 'http', scheme: 'bearer', description: 'A personal access token (mend_pat_…)' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
}

export function addOpenApiRoute(app: FastifyInstance): void {
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
}
