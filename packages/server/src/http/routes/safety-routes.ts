import { crisisLinesFor } from '@mend/core';
import type { FastifyInstance } from 'fastify';
import { getSafetyPlan, safetyPlanHistory, saveSafetyPlan } from '../../services/safety-plan';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

/** A plan with a photo in it is bigger than a moment; it is still far below the import's limit. */
export const SAFETY_PLAN_BODY_LIMIT = 1024 * 1024;

export function registerSafetyRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'getSafetyPlan', ({ request }) => getSafetyPlan(storage, signedIn(request).id));

  addEndpoint(
    app,
    context,
    'saveSafetyPlan',
    ({ request, body }) => saveSafetyPlan(storage, signedIn(request).id, body, context.now()),
    { bodyLimit: SAFETY_PLAN_BODY_LIMIT },
  );

  addEndpoint(app, context, 'safetyPlanHistory', ({ request }) => safetyPlanHistory(storage, signedIn(request).id));

  // Public and the same for everyone: a phone shortcut may fetch it without signing in.
  addEndpoint(app, context, 'crisisLines', async ({ query, reply }) => {
    void reply.header('cache-control', 'public, max-age=3600');
    return crisisLinesFor(query.country);
  });
}
