import { API_PREFIX, ApiErrorSchema } from '@mend/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiProblem } from '../../api-problem';
import { calendarFeedText, createCalendarFeed, deleteCalendarFeed } from '../../services/calendar-feed';
import type { AppContext } from '../app-context';
import { isSameOrigin } from '../cross-site-guard';
import { addEndpoint, signedIn } from './endpoint';

/** Any text: a key that is not one answers 404, like one turned off. */
const FeedParams = z.strictObject({ key: z.string() });

export function registerCalendarRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'createCalendarFeed', ({ request }) =>
    createCalendarFeed(storage, signedIn(request).id, publicOrigin(request), context.now()),
  );

  addEndpoint(app, context, 'deleteCalendarFeed', ({ request }) => deleteCalendarFeed(storage, signedIn(request).id, context.now()));

  // Not JSON, and not in the contract: calendar apps fetch it with no session, the key in the
  // address is the credential. An unknown key answers exactly like a feed turned off.
  app.route({
    method: 'GET',
    url: `${API_PREFIX}/calendar/:key.ics`,
    schema: {
      operationId: 'calendarFeed',
      summary: 'The iCalendar feed of planned practice (text/calendar), at the secret address made by POST /path/calendar-feed; no sign-in',
      tags: ['calendar'],
      params: FeedParams,
      response: {
        200: { description: 'An iCalendar file of weekly events at the planned times', content: { 'text/calendar': { schema: z.string() } } },
        '4xx': ApiErrorSchema,
      },
    },
    handler: async (request, reply) => {
      const { key } = request.params as z.output<typeof FeedParams>;
      const text = await calendarFeedText(storage, key);
      if (text === null) throw new ApiProblem(404, 'not_found', 'This calendar address is not in use: it was turned off or replaced by a newer one.');
      // Calendar apps poll; a few minutes' lag is fine. Private: the feed belongs to one person.
      return reply.header('cache-control', 'private, max-age=300').type('text/calendar; charset=utf-8').send(text);
    },
  });
}

/**
 * The address the person reaches Mend at. A browser's POST says it in Origin (the cross-site guard
 * has checked it matches Host), which stays right behind a TLS proxy; other clients get the Host.
 */
function publicOrigin(request: FastifyRequest): string {
  const origin = request.headers.origin;
  if (origin !== undefined && isSameOrigin(origin, request.headers.host)) return new URL(origin).origin;
  return `${request.protocol}://${request.host}`;
}
