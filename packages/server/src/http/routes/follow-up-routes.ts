import type { FastifyInstance } from 'fastify';
import { answerFollowUp, listPendingFollowUps, skipFollowUp } from '../../services/follow-ups';
import { getPreferences, updatePreferences } from '../../services/preferences';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

export function registerFollowUpRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'pendingFollowUps', ({ request }) => listPendingFollowUps(storage, signedIn(request).id, context.now()));

  addEndpoint(app, context, 'answerFollowUp', ({ request, params, body }) =>
    answerFollowUp(storage, signedIn(request).id, params.id, body, context.now()),
  );

  addEndpoint(app, context, 'skipFollowUp', ({ request, params }) => skipFollowUp(storage, signedIn(request).id, params.id, context.now()));

  addEndpoint(app, context, 'getPreferences', ({ request }) => getPreferences(storage, signedIn(request).id));

  addEndpoint(app, context, 'updatePreferences', ({ request, body }) =>
    updatePreferences(storage, signedIn(request).id, body, { session: request.session !== null }, context.now()),
  );
}
