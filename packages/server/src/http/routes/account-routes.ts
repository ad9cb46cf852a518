import type { FastifyInstance } from 'fastify';
import { deleteAccount } from '../../services/delete-account';
import type { AppContext } from '../app-context';
import { clearSessionCookie } from '../session-cookie';
import { addEndpoint, signedIn } from './endpoint';

export function registerAccountRoutes(app: FastifyInstance, context: AppContext): void {
  addEndpoint(
    app,
    context,
    'deleteAccount',
    async ({ body, request, reply }) => {
      const me = signedIn(request);
      const userId = me.id;
      await deleteAccount(context.storage, me, body.password, request.ip, context.now());
      // The person's own audit log goes with the account; the server's log keeps that it happened, by id only.
      request.log.info({ userId }, 'account deleted');
      clearSessionCookie(reply, context.config);
    },
    // The password is checked here too, so guessing it is slowed like sign-in.
    { rateLimited: true },
  );
}
