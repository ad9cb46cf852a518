import type { FastifyReply } from 'fastify';
import { SignInThrottled } from '../services/sign-in-throttle';

/** A refused attempt says in a header too how long to wait, so scripts and the web app need not parse the message. */
export async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SignInThrottled) void reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}
