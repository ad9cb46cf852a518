import { buildSessionPrep, EARLIEST_MOMENT, isTimeZone, MAX_SESSION_PREP_DAYS, type SessionPrep } from '@mend/core';
import { invalidFields } from '../api-problem';
import { listInsightsMoments } from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';
import { listSessionPrepPractices } from '../storage/practices-store';
import { listSkillViews } from './skills';

const DAY_MS = 86_400_000;
/** The period when none is asked for: the 30 days up to now. */
export const DEFAULT_SESSION_PREP_DAYS = 30;

export interface SessionPrepRequest {
  from?: string | undefined;
  to?: string | undefined;
  /** IANA name. Default: UTC. */
  timeZone?: string | undefined;
}

/**
 * A person's session-prep summary for a period. Without `to` it ends now; without `from` it
 * starts 30 days before its end. Every read is scoped by person.id; moments and practices after
 * the period are not read (the insights stop at its end too).
 */
export async function sessionPrepFor(
  storage: Storage,
  person: { id: string; name: string },
  query: SessionPrepRequest,
  now: Date,
): Promise<SessionPrep> {
  const to = query.to === undefined ? now : timeOf(query.to, 'to');
  const from = query.from === undefined ? new Date(to.getTime() - DEFAULT_SESSION_PREP_DAYS * DAY_MS) : timeOf(query.from, 'from');
  const timeZone = query.timeZone ?? 'UTC';
  if (!isTimeZone(timeZone)) throw invalidFields({ timeZone: 'must be a time zone like "Europe/Dublin" or "UTC"' });
  // No moment is older than this, and the week maths is only sure for years after it.
  if (from.getTime() < Date.parse(EARLIEST_MOMENT)) throw invalidFields({ from: 'must be in 1900 or later' });
  if (!(from.getTime() < to.getTime())) throw invalidFields({ from: 'must be before to' });
  if (to.getTime() - from.getTime() > MAX_SESSION_PREP_DAYS * DAY_MS) {
    throw invalidFields({ from: `must be at most ${MAX_SESSION_PREP_DAYS} days before to` });
  }

  const through = to.toISOString();
  const [{ skills }, moments, practices] = await Promise.all([
    listSkillViews(storage, person.id),
    listInsightsMoments(storage.db, person.id, through),
    listSessionPrepPractices(storage.db, person.id, through),
  ]);
  return buildSessionPrep({ person: { id: person.id, name: person.name }, from, to, timeZone, moments, practices, skills });
}

function timeOf(text: string, field: 'from' | 'to'): Date {
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) throw invalidFields({ [field]: 'must be a date and time like 2026-11-02T21:40:00Z' });
  return time;
}
