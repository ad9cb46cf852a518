import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../api-problem';
import { changePassword } from '../../services/change-password';
import { endSessionOf, listSessionsOf } from '../../services/sessions';
import type { AppContext } from '../app-context';
import { withRetryAfter } from '../retry-after';
import { addEndpoint, signedIn } from './endpoint';

/** Only sessions reach these routes (ENDPOINT_SCOPES: session-only), so request.session is set. */
export function currentSession(request: FastifyRequest): { id: string } {
  if (!request.session) throw new Error('currentSession() used on a route a token can reach');
  return request.session;
}

export function registerSessionRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'listSessions', async ({ request }) => ({
    sessions: await listSessionsOf(storage, signedIn(request).id, currentSession(request).id, context.now()),
  }));

  addEndpoint(app, context, 'endSession', async ({ request, params }) => {
    if (!(await endSessionOf(storage, signedIn(request).id, params.id, context.now()))) throw notFound('session');
  });

  addEndpoint(app, context, 'changePassword', ({ request, reply, body }) =>
    withRetryAfter(reply, async () => {
      await changePassword(storage, signedIn(request), currentSession(request).id, body, request.ip, context.now());
      return { ok: true as const };
    }),
  );
}
