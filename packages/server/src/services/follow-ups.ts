import {
  FOLLOW_UP_EXPIRY_HOURS, momentTimeProblems, pendingFollowUps, type FollowUp, type FollowUpAnswer, type Moment, type PendingFollowUp,
} from '@mend/core';
import { ApiProblem, invalidFields, notFound } from '../api-problem';
import { insertSkip, listSkipsFor } from '../storage/follow-up-skips-store';
import * as moments from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';
import { inTransaction } from '../storage/transaction';
import { preferencesOf } from './preferences';
import { normalizeTime } from './times';
import { nextVersion } from './next-version';

/** As many as MomentSchema lets one moment hold. */
export const MAX_FOLLOW_UPS = 20;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The "How are you now?" list for Home. Only the moments that can still be due are read (the
 * last FOLLOW_UP_EXPIRY_HOURS, minus the delay), so the cost does not grow with the history.
 */
export async function listPendingFollowUps(
  storage: Storage,
  ownerId: string,
  now: Date,
): Promise<{ delayMinutes: number; pending: PendingFollowUp[] }> {
  const { followUpDelayMinutes: delayMinutes } = await preferencesOf(storage.db, ownerId);
  const from = new Date(now.getTime() - FOLLOW_UP_EXPIRY_HOURS * HOUR).toISOString();
  const through = new Date(now.getTime() - delayMinutes * MINUTE).toISOString();
  const recent = await moments.listMomentsBetween(storage.db, ownerId, from, through);
  const skips = await listSkipsFor(storage.db, ownerId, recent.map((moment) => moment.id));
  return { delayMinutes, pending: pendingFollowUps(recent, skips, now, delayMinutes) };
}

/** How often an answer is tried again when other writes to the same moment keep getting in first. */
const ANSWER_ATTEMPTS = 50;

/**
 * Adds one answer, keeping the moment's follow-ups in time order, and bumps the moment's version.
 * Answers need no baseVersion (adding one can't undo anyone else's), but each write is a
 * compare-and-set on the version it read: when another answer or edit lands in between, this one
 * is worked out again on top of it, so no answer is ever lost, on any number of server processes.
 */
export async function answerFollowUp(storage: Storage, ownerId: string, momentId: string, answer: FollowUpAnswer, now: Date): Promise<Moment> {
  for (let attempt = 1; ; attempt++) {
    const moment = await moments.getMoment(storage.db, ownerId, momentId);
    if (!moment) throw notFound('moment');
    const next = withAnswer(moment, answer, now);
    if (await moments.replaceFollowUps(storage.db, ownerId, next, moment.version)) return next;
    if (attempt === ANSWER_ATTEMPTS) {
      throw new ApiProblem(409, 'conflict', 'This moment is being changed in several places at once. Please try again in a moment.');
    }
  }
}

function withAnswer(moment: Moment, answer: FollowUpAnswer, now: Date): Moment {
  const followUp: FollowUp = { at: normalizeTime(answer.at ?? now.toISOString()), distress: answer.distress };
  const problems: Record<string, string> = {};
  const timeProblem = momentTimeProblems({ followUps: [followUp] }, now)['followUps.0.at'];
  if (timeProblem) problems.at = timeProblem;
  else if (Date.parse(followUp.at) < Date.parse(moment.occurredAt)) problems.at = 'must not be before the moment itself (its occurredAt)';
  if (Object.keys(problems).length) throw invalidFields(problems);
  if (moment.followUps.length >= MAX_FOLLOW_UPS) {
    throw new ApiProblem(409, 'conflict', `This moment already has ${MAX_FOLLOW_UPS} follow-ups, the most one moment can hold.`);
  }
  // A stable sort: answers at the same time keep the order they were given in.
  const followUps = [...moment.followUps, followUp].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { ...moment, followUps, version: nextVersion('moment', moment.version), updatedAt: now.toISOString() };
}

/** "Don't ask about this one": idempotent, and only for the person's own moments. */
export function skipFollowUp(storage: Storage, ownerId: string, momentId: string, now: Date): Promise<void> {
  return inTransaction(storage, async (db) => {
    if (!(await moments.getMoment(db, ownerId, momentId))) throw notFound('moment');
    await insertSkip(db, ownerId, { momentId, at: now.toISOString() });
  });
}
