import type { Me } from '@mend/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { accountOf } from '../../services/account-view';
import { recordAuditEvent } from '../../services/audit-log';
import { deviceLabel } from '../../services/device-label';
import { knownDeviceOf, noteSignInDevice } from '../../services/known-devices';
import { endSessionByToken, endSessionsOf, startSession } from '../../services/sessions';
import { accountKey, addressKey, beginAttempt, knownDeviceKey } from '../../services/sign-in-throttle';
import { registerTherapist } from '../../services/therapist-invites';
import { createUser, hasOwner, registrationClosed, verifyLogin } from '../../services/users';
import { inTransaction } from '../../storage/transaction';
import type { AppContext } from '../app-context';
import { withRetryAfter } from '../retry-after';
import { clearSessionCookie, DEVICE_COOKIE, SESSION_COOKIE, setDeviceCookie, setSessionCookie } from '../session-cookie';
import { addEndpoint, signedIn } from './endpoint';

export function registerAuthRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage, config } = context;

  /**
   * Always a new session: one sent with the sign-in (this browser's previous one, perhaps
   * someone else's on a shared device) ends, so a session id planted before sign-in is worthless.
   */
  const signIn = async (request: FastifyRequest, reply: FastifyReply, me: Me, options: { registering: boolean }) => {
    const now = context.now();
    const previous = request.cookies[SESSION_COOKIE];
    const label = deviceLabel(request.headers['user-agent']);
    const { session, deviceId } = await inTransaction(storage, async (db) => {
      if (previous) await endSessionByToken(db, previous);
      return {
        session: await startSession(db, me.id, now, label),
        deviceId: await noteSignInDevice(db, me.id, request.cookies[DEVICE_COOKIE], label, now, options),
      };
    });
    setSessionCookie(reply, config, session.token, session.expiresAt, now);
    setDeviceCookie(reply, config, deviceId);
    return accountOf(storage.db, me, config.idleSignOutMinutes);
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
      return signIn(request, reply, me, { registering: true });
    },
    { rateLimited: true },
  );

  // Open even where sign-up is closed: the person's invite code is the permission. Rate limited
  // like sign-up, and the code is checked before the (slow) password hash.
  addEndpoint(
    app,
    context,
    'registerTherapist',
    async ({ body, request, reply }) => {
      const me = await registerTherapist(storage, body, context.now());
      return signIn(request, reply, me, { registering: true });
    },
    { rateLimited: true },
  );

  addEndpoint(
    app,
    context,
    'login',
    ({ body, request, reply }) =>
      withRetryAfter(reply, async () => {
        // Counted per name asked for (or per name and known browser) and per address, in the
        // database, before the password is checked: a correct password is refused too while the wait lasts.
        const device = await knownDeviceOf(storage.db, body.name, request.cookies[DEVICE_COOKIE]);
        const nameKey = device ? knownDeviceKey(body.name, device) : accountKey(body.name);
        const attempt = await beginAttempt(storage, [nameKey, addressKey(request.ip)], context.now());
        const me = await verifyLogin(storage, body);
        await attempt.succeeded();
        return signIn(request, reply, me, { registering: false });
      }),
    { rateLimited: true },
  );

  addEndpoint(app, context, 'logout', async ({ request, reply }) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await endSessionByToken(storage.db, token);
    clearSessionCookie(reply, config);
    return { ok: true as const };
  });

  addEndpoint(app, context, 'logoutEverywhere', async ({ request, reply }) => {
    const me = signedIn(request);
    const now = context.now();
    const endedSessions = await inTransaction(storage, async (db) => {
      const ended = await endSessionsOf(db, me.id);
      await recordAuditEvent(db, me.id, { kind: 'signed-out-everywhere', detail: { sessions: ended } }, now);
      return ended;
    });
    clearSessionCookie(reply, config);
    return { ok: true as const, endedSessions };
  });

  addEndpoint(app, context, 'me', async ({ request }) => accountOf(storage.db, signedIn(request), config.idleSignOutMinutes));
}
