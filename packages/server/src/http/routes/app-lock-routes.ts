import type { FastifyInstance } from 'fastify';
import { isApiProblem } from '../../api-problem';
import { accountOf } from '../../services/account-view';
import { lockNow, setAppLock, unlock } from '../../services/app-lock';
import type { AppContext } from '../app-context';
import { withRetryAfter } from '../retry-after';
import { clearSessionCookie } from '../session-cookie';
import { addEndpoint, signedIn } from './endpoint';
import { currentSession } from './session-routes';

/** The app-lock PIN for a shared device: enforced here, so a locked browser shows nothing of the person's. */
export function registerAppLockRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage, config } = context;

  addEndpoint(app, context, 'setAppLock', ({ request, reply, body }) =>
    withRetryAfter(reply, () => setAppLock(storage, signedIn(request), body, request.ip, context.now())),
  );

  addEndpoint(app, context, 'lockApp', async ({ request }) => {
    await lockNow(storage, signedIn(request).id, currentSession(request).id, context.now());
    return { ok: true as const };
  });

  addEndpoint(app, context, 'unlockApp', ({ request, reply, body }) =>
    withRetryAfter(reply, async () => {
      const me = signedIn(request);
      try {
        await unlock(storage, me.id, currentSession(request).id, body.pin, request.ip, context.now());
      } catch (error) {
        if (isApiProblem(error) && error.code === 'signed_out_pin') clearSessionCookie(reply, config);
        throw error;
      }
      return accountOf(storage.db, me, config.idleSignOutMinutes);
    }),
  );
}
