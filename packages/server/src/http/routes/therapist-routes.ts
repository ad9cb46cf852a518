import type { FastifyInstance } from 'fastify';
import { acceptShareInvite } from '../../services/therapist-invites';
import { sharedPeople } from '../../services/therapist-people';
import { readInsights, readMoments, readPractices, readSafetyPlan, readSessionPrep } from '../../services/therapist-reads';
import { sentSuggestions, suggestToPerson } from '../../services/therapist-suggestions';
import { isoDay } from '../../services/times';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

/** The therapist's side: accepting invites, the people who share, and what each shares. */
export function registerTherapistRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'acceptShareInvite', ({ request, body }) => acceptShareInvite(storage, signedIn(request), body.code, context.now()));

  addEndpoint(app, context, 'sharedPeople', ({ request }) => sharedPeople(storage, signedIn(request), context.now()));

  addEndpoint(app, context, 'sharedSessionPrep', async ({ request, params, query, reply }) => {
    const now = context.now();
    const { prep, pdf } = await readSessionPrep(storage, signedIn(request), params.personId, query, now);
    if (!pdf) return prep;
    // No name in the file name: a header carries Latin-1 only, and a download folder need not say whose it is.
    void reply.header('content-disposition', `attachment; filename="mend-session-prep-${isoDay(now)}.pdf"`);
    void reply.type('application/pdf');
    return pdf;
  });

  addEndpoint(app, context, 'sharedInsights', ({ request, params, query }) => readInsights(storage, signedIn(request), params.personId, query, context.now()));

  addEndpoint(app, context, 'sharedMoments', ({ request, params, query }) => readMoments(storage, signedIn(request), params.personId, query, context.now()));

  addEndpoint(app, context, 'sharedSafetyPlan', ({ request, params }) => readSafetyPlan(storage, signedIn(request), params.personId, context.now()));

  addEndpoint(app, context, 'sharedPractices', ({ request, params, query }) => readPractices(storage, signedIn(request), params.personId, query, context.now()));

  addEndpoint(app, context, 'suggestToPerson', ({ request, params, body }) => suggestToPerson(storage, signedIn(request), params.personId, body, context.now()));

  addEndpoint(app, context, 'sentSuggestions', ({ request, params }) => sentSuggestions(storage, signedIn(request), params.personId, context.now()));
}
