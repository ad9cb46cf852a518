import type { FastifyInstance } from 'fastify';
import { createPersonalToken, listPersonalTokens, revokePersonalToken } from '../../services/tokens';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

export function registerTokenRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'listTokens', async ({ request }) => ({
    tokens: await listPersonalTokens(storage, signedIn(request).id),
  }));

  addEndpoint(app, context, 'createToken', ({ request, body }) =>
    createPersonalToken(storage, signedIn(request).id, body.name, context.now(), body.scopes),
  );

  addEndpoint(app, context, 'revokeToken', ({ request, params }) => revokePersonalToken(storage, signedIn(request).id, params.id, context.now()));
}
