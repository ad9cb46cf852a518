import { FOLLOW_UP_EXPIRY_HOURS, type FollowUpSkip, type PendingFollowUp } from '../schemas/follow-ups';
import type { Moment } from '../schemas/moment';

/** Home shows a short list: a long one would read as a backlog of chores. */
export const MAX_PENDING_FOLLOW_UPS = 5;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type FollowUpCandidate = Pick<Moment, 'id' | 'occurredAt' | 'distressBefore' | 'distressAfter' | 'skillIds' | 'followUps'>;

/**
 * The moments to ask "How are you now?" about, as of `asOf`, newest first, at most five.
 *
 * A moment is pending when all of these hold:
 * - it has no follow-up yet (one answer is what the insights need; more can be added on the
 *   moment's page);
 * - the person has not skipped it;
 * - its delay has passed: occurredAt + delayMinutes ≤ asOf (dueAt is that time);
 * - it has not expired: occurredAt ≥ asOf − FOLLOW_UP_EXPIRY_HOURS (an answer days later says
 *   little about whether the relief held);
 * - distressBefore is above 0. A moment logged at 0 has no relief that could hold or fade, so
 *   its follow-up would tell the insights nothing; asking anyway would only be one more chore.
 */
export function pendingFollowUps(
  moments: readonly FollowUpCandidate[],
  skips: readonly Pick<FollowUpSkip, 'momentId'>[],
  asOf: Date,
  delayMinutes: number,
): PendingFollowUp[] {
  const skipped = new Set(skips.map((skip) => skip.momentId));
  const now = asOf.getTime();
  const delay = delayMinutes * MINUTE;
  const earliest = now - FOLLOW_UP_EXPIRY_HOURS * HOUR;
  const due = moments
    .map((moment) => ({ moment, at: Date.parse(moment.occurredAt) }))
    .filter(
      ({ moment, at }) =>
        moment.followUps.length === 0 &&
        moment.distressBefore > 0 &&
        !skipped.has(moment.id) &&
        at + delay <= now &&
        at >= earliest,
    );
  // Newest first; the id breaks ties so the order never depends on the input's.
  due.sort((a, b) => b.at - a.at || (a.moment.id < b.moment.id ? 1 : a.moment.id > b.moment.id ? -1 : 0));
  return due.slice(0, MAX_PENDING_FOLLOW_UPS).map(({ moment, at }) => ({
    momentId: moment.id,
    occurredAt: moment.occurredAt,
    dueAt: new Date(at + delay).toISOString(),
    distressBefore: moment.distressBefore,
    distressAfter: moment.distressAfter,
    skillIds: [...moment.skillIds],
  }));
}
