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
      await deleteAccount(context.storage, signedIn(request).id, body.password);
      clearSessionCookie(reply, context.config);
    },
    // The password is checked here too, so guessing it is slowed like sign-in.
    { rateLimited: true },
  );
}
