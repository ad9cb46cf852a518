import type { InsightsPractice, Practice, SkillKind } from '@mend/core';
import { compiledOnce } from './compiled-once';
import type { Db, PracticesTable } from './database';
import type { FieldCipher } from './field-cipher';
import { ownerCipher } from './keyring';

/** Every function takes ownerId and filters by it here, so no caller can reach another's practices. */

/** false when this owner already has a practice with that id. */
export async function insertPractice(db: Db, ownerId: string, practice: Practice): Promise<boolean> {
  const result = await db
    .insertInto('practices')
    .values(practiceToRow(ownerId, practice, await ownerCipher(db, ownerId)))
    .onConflict((conflict) => conflict.columns(['owner_id', 'id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function getPractice(db: Db, ownerId: string, id: string): Promise<Practice | undefined> {
  const row = await db.selectFrom('practices').selectAll().where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return row && rowToPractice(row, await ownerCipher(db, ownerId));
}

/** Looked up in chunks: SQLite caps the number of bound parameters per statement. */
export async function getPracticesByIds(db: Db, ownerId: string, ids: readonly string[]): Promise<Map<string, Practice>> {
  const found = new Map<string, Practice>();
  const cipher = await ownerCipher(db, ownerId);
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const rows = await db.selectFrom('practices').selectAll().where('owner_id', '=', ownerId).where('id', 'in', chunk).execute();
    for (const row of rows) found.set(row.id, rowToPractice(row, cipher));
  }
  return found;
}

export async function replacePractice(db: Db, ownerId: string, practice: Practice): Promise<void> {
  const { owner_id: _owner, id: _id, ...fields } = practiceToRow(ownerId, practice, await ownerCipher(db, ownerId));
  await db.updateTable('practices').set(fields).where('owner_id', '=', ownerId).where('id', '=', practice.id).execute();
}

/** false when this owner has no such practice. */
export async function deletePractice(db: Db, ownerId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('practices').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface PracticeQuery {
  /** Inclusive. */
  since?: string;
  /** Exclusive. */
  before?: string;
  skillId?: string;
  limit: number;
}

/** Newest first by (startedAt, id). */
export async function listPractices(db: Db, ownerId: string, query: PracticeQuery): Promise<Practice[]> {
  let select = db.selectFrom('practices').selectAll().where('owner_id', '=', ownerId);
  if (query.since !== undefined) select = select.where('started_at', '>=', query.since);
  if (query.before !== undefined) select = select.where('started_at', '<', query.before);
  if (query.skillId !== undefined) select = select.where('skill_id', '=', query.skillId);
  const rows = await select.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
  const cipher = await ownerCipher(db, ownerId);
  return rows.map((row) => rowToPractice(row, cipher));
}

/** All of an owner's practices started at or before `through` (all of them without it), oldest first. */
export async function listAllPractices(db: Db, ownerId: string, through?: string): Promise<Practice[]> {
  let select = db.selectFrom('practices').selectAll().where('owner_id', '=', ownerId);
  if (through !== undefined) select = select.where('started_at', '<=', through);
  const rows = await select.orderBy('started_at', 'asc').orderBy('id', 'asc').execute();
  const cipher = await ownerCipher(db, ownerId);
  return rows.map((row) => rowToPractice(row, cipher));
}

/** Only what the insights engine reads of a practice, up to `through` (inclusive). */
export async function listInsightsPractices(db: Db, ownerId: string, through: string): Promise<InsightsPractice[]> {
  const { rows } = await selectForInsights(db, { ownerId, through });
  return rows.map((row) => ({ skillId: row.skill_id, startedAt: row.started_at }));
}

/** Every insights read asks this: compiled once (compiled-once.ts). */
const selectForInsights = compiledOnce((db, values: { ownerId: string; through: string }) =>
  db.selectFrom('practices').select(['skill_id', 'started_at']).where('owner_id', '=', values.ownerId).where('started_at', '<=', values.through),
);

export type SessionPrepPracticeRow = Pick<Practice, 'skillId' | 'startedAt' | 'durationSeconds' | 'steppedBack' | 'pathAreaId'>;

/**
 * What a session-prep summary reads of a practice, up to `through` (inclusive). Never notes or
 * answers: the summary carries no words of the person's, so they are not even unsealed.
 */
export async function listSessionPrepPractices(db: Db, ownerId: string, through: string): Promise<SessionPrepPracticeRow[]> {
  const rows = await db
    .selectFrom('practices')
    .select(['skill_id', 'started_at', 'duration_seconds', 'stepped_back', 'path_area_id'])
    .where('owner_id', '=', ownerId)
    .where('started_at', '<=', through)
    .execute();
  return rows.map((row) => ({
    skillId: row.skill_id,
    startedAt: row.started_at,
    durationSeconds: Number(row.duration_seconds),
    steppedBack: Number(row.stepped_back) === 1,
    pathAreaId: row.path_area_id,
  }));
}

/** Notes and answers (worksheets, reflections) sealed: they are the person's own words. */
function practiceToRow(ownerId: string, practice: Practice, cipher: FieldCipher): PracticesTable {
  return {
    owner_id: ownerId,
    id: practice.id,
    skill_id: practice.skillId,
    exercise_id: practice.exerciseId,
    kind: practice.kind,
    started_at: practice.startedAt,
    duration_seconds: practice.durationSeconds,
    distress_before: practice.distressBefore,
    distress_after: practice.distressAfter,
    notes: cipher.sealNullable('practices', 'notes', practice.notes),
    stepped_back: practice.steppedBack ? 1 : 0,
    answers: cipher.seal('practices', 'answers', JSON.stringify(practice.answers)),
    path_area_id: practice.pathAreaId,
    created_at: practice.createdAt,
  };
}

function rowToPractice(row: PracticesTable, cipher: FieldCipher): Practice {
  return {
    id: row.id,
    skillId: row.skill_id,
    exerciseId: row.exercise_id,
    kind: row.kind as SkillKind,
    startedAt: row.started_at,
    durationSeconds: Number(row.duration_seconds),
    distressBefore: row.distress_before === null ? null : Number(row.distress_before),
    distressAfter: row.distress_after === null ? null : Number(row.distress_after),
    notes: cipher.openNullable('practices', 'notes', row.notes),
    steppedBack: Number(row.stepped_back) === 1,
    answers: JSON.parse(cipher.open('practices', 'answers', row.answers)) as Practice['answers'],
    pathAreaId: row.path_area_id,
    createdAt: row.created_at,
  };
}
