import type { FastifyInstance, FastifyRequest } from 'fastify';
import { cancelShareInvite, createShareInvite, listSharing, revokeShare, updateShare } from '../../services/sharing';
import { answerTherapistSuggestion, suggestionsForPerson } from '../../services/therapist-suggestions';
import type { AppContext } from '../app-context';
import { isSameOrigin } from '../cross-site-guard';
import { addEndpoint, signedIn } from './endpoint';

/** The person's side of sharing with a therapist, and the therapists' suggestions to them. */
export function registerSharingRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'sharing', ({ request }) => listSharing(storage, signedIn(request).id, context.now()));

  addEndpoint(app, context, 'createShareInvite', ({ request, body }) =>
    createShareInvite(storage, signedIn(request), body, inviteOrigin(request), context.now()),
  );

  addEndpoint(app, context, 'cancelShareInvite', ({ request, params }) => cancelShareInvite(storage, signedIn(request).id, params.id, context.now()));

  addEndpoint(app, context, 'updateShare', ({ request, params, body }) => updateShare(storage, signedIn(request), params.id, body, context.now()));

  addEndpoint(app, context, 'revokeShare', ({ request, params }) => revokeShare(storage, signedIn(request).id, params.id, context.now()));

  addEndpoint(app, context, 'listTherapistSuggestions', ({ request }) => suggestionsForPerson(storage, signedIn(request).id));

  addEndpoint(app, context, 'answerTherapistSuggestion', ({ request, params, body }) =>
    answerTherapistSuggestion(storage, signedIn(request).id, params.id, body.answer, context.now()),
  );
}

/**
 * The address the person reaches Mend at, for the invite link. A browser's POST says it in Origin
 * (the cross-site guard has checked it matches Host), which stays right behind a TLS proxy.
 */
function inviteOrigin(request: FastifyRequest): string {
  const origin = request.headers.origin;
  if (origin !== undefined && isSameOrigin(origin, request.headers.host)) return new URL(origin).origin;
  return `${request.protocol}://${request.host}`;
}
