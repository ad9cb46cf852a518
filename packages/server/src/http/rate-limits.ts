import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import { ApiProblem } from '../api-problem';

/** Per client address: enough for a person who mistypes, too few to guess passwords. */
export const AUTH_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };

/** Limits are set per route (sign-in, registration); everything else is unlimited. */
export const rateLimitOptions: RateLimitPluginOptions = {
  global: false,
  errorResponseBuilder: (_request, context) =>
    new ApiProblem(context.statusCode, 'rate_limited', `Too many attempts in a short time. Try again in ${context.after}.`),
};
