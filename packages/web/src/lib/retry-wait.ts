import { isApiError } from '../api/client';

/** "in 40 seconds", "in about 3 minutes": how long until another try, in plain words. */
export function waitWords(seconds: number): string {
  if (seconds <= 1) return 'in a moment';
  if (seconds < 60) return `in ${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes === 1) return 'in about a minute';
  if (minutes < 60) return `in about ${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? 'in about an hour' : `in about ${hours} hours`;
}

/**
 * A 429 told calmly: it is the server pausing between tries, not the person's fault. With a
 * Retry-After it says when; without one, the server's own sentence (which says when) is kept.
 */
export function tooManyTriesMessage(error: unknown, what: 'sign-in' | 'PIN' | 'password'): string | null {
  if (!isApiError(error, 429)) return null;
  const lead = `There have been several ${what} tries in a short time`;
  if (error.retryAfterSeconds === null) return `${lead}, so Mend is pausing before the next one. ${error.message}`;
  return `${lead}, so Mend is pausing before the next one. You can try again ${waitWords(error.retryAfterSeconds)}.`;
}
