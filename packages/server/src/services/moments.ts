import { randomUUID } from 'node:crypto';
import {
  momentDefaults, momentTimeProblems, shouldOfferCrisisSupport, type MomentSkillFacts, type LoggedMoment, type Moment, type MomentCreate, type MomentListQuery, type MomentPage, type MomentPatch,
} from '@mend/core';
import { ApiProblem, invalidFields, notFound, staleVersion } from '../api-problem';
import type { Db } from '../storage/database';
import * as store from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { decodeCursor, encodeCursor } from './cursor';
import { sameRecord } from './same-record';
import { knownSkillIds, skillFactsForMoments, unknownSkillProblem } from './skills';
import { normalizeTime } from './times';
import { nextVersion } from './next-version';

export const DEFAULT_PAGE_SIZE = 50;

/**
 * Logs a moment. A client that made its own id (the web app's offline outbox) may send the same
 * moment again after a lost answer: the stored one comes back and nothing is written twice.
 * The answer says whether to offer crisis support now.
 */
export async function createMoment(
  storage: Storage,
  ownerId: string,
  input: MomentCreate,
  now: Date,
  /** The person's skill_filings_version as the request's sign-in read it (skillFactsForMoments). */
  skillFilingsVersion?: number,
): Promise<LoggedMoment> {
  const skillIds = input.skillIds ?? [];
  // The person's skills matter only when the moment names some: for the check and the crisis offer.
  const skills = skillIds.length ? await skillFactsForMoments(storage, ownerId, skillFilingsVersion) : NAMES_NO_SKILLS;
  checkMomentFields(input, skillIds, skills.known, now);
  const at = now.toISOString();
  const moment: Moment = {
    ...momentDefaults(),
    ...definedFields(input),
    id: input.id ?? randomUUID(),
    occurredAt: normalizeTime(input.occurredAt ?? at),
    distressBefore: input.distressBefore,
    skillIds,
    followUps: normalizeFollowUps(input.followUps ?? []),
    createdAt: at,
    updatedAt: at,
  };
  const stored = (await store.insertMoment(storage.db, ownerId, moment)) ? moment : await replayed(storage, ownerId, moment, input);
  // A resend answers with the stored moment, which names the same skills (sameRecord).
  return { ...stored, crisisOffer: shouldOfferCrisisSupport(stored, skills.risky) };
}

/** The moment already stored under this id, when the request is a resend of it; otherwise 409. */
async function replayed(storage: Storage, ownerId: string, moment: Moment, input: MomentCreate): Promise<Moment> {
  const existing = await store.getMoment(storage.db, ownerId, moment.id);
  if (existing) {
    // Without occurredAt in the request the time is "now", which differs on every resend; the
    // times of creation are the server's own, not part of what was sent.
    const occurredAt = input.occurredAt === undefined ? existing.occurredAt : moment.occurredAt;
    if (sameRecord(existing, { ...moment, occurredAt, createdAt: existing.createdAt, updatedAt: existing.updatedAt })) return existing;
  }
  throw new ApiProblem(409, 'conflict', 'You already have a different moment with this id.', { id: 'is already used by another moment' });
}

const NAMES_NO_SKILLS: MomentSkillFacts = { known: new Set(), risky: new Set() };

export async function getMoment(storage: Storage, ownerId: string, id: string): Promise<Moment> {
  const moment = await store.getMoment(storage.db, ownerId, id);
  if (!moment) throw notFound('moment');
  return moment;
}

/**
 * Any field can change; null clears an optional one. The edit names the version it started from:
 * a stale one is refused with 409 and the moment as it is now, never merged or overwritten.
 * Saving what is already there changes nothing, not even the version.
 */
export function updateMoment(storage: Storage, ownerId: string, id: string, patch: MomentPatch, now: Date): Promise<Moment> {
  return inTransaction(storage, async (db) => {
    const current = await store.getMoment(db, ownerId, id);
    if (!current) throw notFound('moment');
    const { baseVersion, ...changes } = patch;
    if (baseVersion !== current.version) throw staleVersion('moment', baseVersion, current.version, current);
    // Only newly named skills are checked: a skill that left the catalogue must not block edits.
    const added = (changes.skillIds ?? []).filter((skillId) => !current.skillIds.includes(skillId));
    checkMomentFields(changes, added, added.length ? await knownSkillIds(db, ownerId) : NAMES_NO_SKILLS.known, now);
    const next: Moment = { ...current, ...definedFields(changes) };
    if (changes.occurredAt !== undefined) next.occurredAt = normalizeTime(changes.occurredAt);
    if (changes.followUps !== undefined) next.followUps = normalizeFollowUps(changes.followUps);
    if (JSON.stringify(next) === JSON.stringify(current)) return current;
    next.updatedAt = now.toISOString();
    next.version = nextVersion('moment', current.version);
    // Another process may have saved between our read and this write (PostgreSQL): the
    // compare-and-set finds the version moved on, and this edit is refused like any stale one.
    if (!(await store.replaceMoment(db, ownerId, next, current.version))) throw await movedOn(db, ownerId, id, baseVersion);
    return next;
  });
}

/** The 409 for an edit whose version was taken while it was being written, with the moment as it is now. */
async function movedOn(db: Db, ownerId: string, id: string, baseVersion: number): Promise<ApiProblem> {
  const now = await store.getMoment(db, ownerId, id);
  if (!now) return notFound('moment');
  return staleVersion('moment', baseVersion, now.version, now);
}

/** The audit log keeps that a moment went, by id only: nothing of what it said. */
export function deleteMoment(storage: Storage, ownerId: string, id: string, now: Date): Promise<void> {
  return inTransaction(storage, async (db) => {
    if (!(await store.deleteMoment(db, ownerId, id))) throw notFound('moment');
    await recordAuditEvent(db, ownerId, { kind: 'moment-deleted', detail: { momentId: id } }, now);
  });
}

export async function listMoments(storage: Storage, ownerId: string, query: MomentListQuery): Promise<MomentPage> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const rows = await store.listMoments(storage.db, ownerId, {
    ...(query.from !== undefined && { from: normalizeTime(query.from) }),
    ...(query.to !== undefined && { to: normalizeTime(query.to) }),
    ...(query.cursor !== undefined && { before: decodeCursor(query.cursor) }),
    // One extra row says whether there is a next page without a count query.
    limit: limit + 1,
  });
  const moments = rows.slice(0, limit);
  const last = moments.at(-1);
  return { moments, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/** Checks that need the clock or the database, after the schema has checked the shape. */
function checkMomentFields(
  input: Pick<MomentPatch, 'occurredAt' | 'followUps'>,
  newSkillIds: readonly string[],
  known: ReadonlySet<string>,
  now: Date,
): void {
  const problems = momentTimeProblems(input, now);
  if (newSkillIds.length) Object.assign(problems, unknownSkillProblem(newSkillIds, known, 'skillIds'));
  if (Object.keys(problems).length) throw invalidFields(problems);
}

function normalizeFollowUps(followUps: Moment['followUps']): Moment['followUps'] {
  return followUps.map((followUp) => ({ at: normalizeTime(followUp.at), distress: followUp.distress }));
}

/** The fields a request actually set: an absent field must not overwrite with undefined. */
function definedFields(input: MomentCreate | Omit<MomentPatch, 'baseVersion'>): Partial<Moment> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<Moment>;
}
