import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { endSession, startSession } from '../../services/sessions';
import { createUser, hasOwner, registrationClosed, verifyLogin } from '../../services/users';
import type { AppContext } from '../app-context';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../session-cookie';
import { addEndpoint, signedIn } from './endpoint';

export function registerAuthRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage, config } = context;

  const signIn = async (request: FastifyRequest, reply: FastifyReply, userId: string) => {
    const now = context.now();
    // A new sign-in replaces the session this browser had, instead of leaving it alive.
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) await endSession(storage, previous);
    const session = await startSession(storage, userId, now);
    setSessionCookie(reply, config, session.token, session.expiresAt, now);
  };

  addEndpoint(app, context, 'setupStatus', async () => {
    const needsOwner = !(await hasOwner(storage));
    return { needsOwner, registrationOpen: needsOwner || config.openRegistration };
  });

  addEndpoint(
    app,
    context,
    'register',
    async ({ body, request, reply }) => {
      const onlyTheOwner = !config.openRegistration;
      // Asked before the (slow) password hash; createUser asks again inside its transaction.
      if (onlyTheOwner && (await hasOwner(storage))) throw registrationClosed();
      const me = await createUser(storage, body, context.now(), { onlyTheOwner });
      await signIn(request, reply, me.id);
      return me;
    },
    { rateLimited: true },
  );

  addEndpoint(
    app,
    context,
    'login',
    async ({ body, request, reply }) => {
      const me = await verifyLogin(storage, body);
      await signIn(request, reply, me.id);
      return me;
    },
    { rateLimited: true },
  );

  addEndpoint(app, context, 'logout', async ({ request, reply }) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await endSession(storage, token);
    clearSessionCookie(reply, config);
    return { ok: true as const };
  });

  addEndpoint(app, context, 'me', async ({ request }) => signedIn(request));
}
