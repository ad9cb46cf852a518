import type { InsightsMoment, Moment } from '@mend/core';
import { compiledOnce } from './compiled-once';
import type { Db, MomentsTable } from './database';
import { ownerCipher } from './keyring';
import { INSIGHTS_COLUMNS, momentToRow, rowToInsightsMoment, rowToMoment } from './moment-rows';

/** Every function takes ownerId and filters by it here, so no caller can reach another's moments. */

/** false when this owner already has a moment with that id. */
export async function insertMoment(db: Db, ownerId: string, moment: Moment): Promise<boolean> {
  const cipher = await ownerCipher(db, ownerId);
  const result = await insertRow(db, momentToRow(ownerId, moment, cipher));
  return Number(result.numAffectedRows ?? 0) > 0;
}

// The hot paths (logging, answering, reading one) compiled once (compiled-once.ts).
const insertRow = compiledOnce((db, row: MomentsTable) =>
  db.insertInto('moments').values(row).onConflict((conflict) => conflict.columns(['owner_id', 'id']).doNothing()),
);
const selectOne = compiledOnce((db, key: { ownerId: string; id: string }) =>
  db.selectFrom('moments').selectAll().where('owner_id', '=', key.ownerId).where('id', '=', key.id),
);

export async function getMoment(db: Db, ownerId: string, id: string): Promise<Moment | undefined> {
  const [row] = (await selectOne(db, { ownerId, id })).rows;
  return row && rowToMoment(row, await ownerCipher(db, ownerId));
}

/** Looked up in chunks: SQLite caps the number of bound parameters per statement. */
export async function getMomentsByIds(db: Db, ownerId: string, ids: readonly string[]): Promise<Map<string, Moment>> {
  const found = new Map<string, Moment>();
  const cipher = await ownerCipher(db, ownerId);
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const rows = await db.selectFrom('moments').selectAll().where('owner_id', '=', ownerId).where('id', 'in', chunk).execute();
    for (const row of rows) found.set(row.id, rowToMoment(row, cipher));
  }
  return found;
}

/**
 * Writes `moment` (carrying its new version) over the stored one, only if that is still at
 * `baseVersion`: a compare-and-set in one statement, so of two writers from the same version, on
 * any number of server processes, exactly one wins. false when the other got there first.
 */
export async function replaceMoment(db: Db, ownerId: string, moment: Moment, baseVersion: number): Promise<boolean> {
  const { owner_id: _owner, id: _id, ...fields } = momentToRow(ownerId, moment, await ownerCipher(db, ownerId));
  const result = await db
    .updateTable('moments')
    .set(fields)
    .where('owner_id', '=', ownerId)
    .where('id', '=', moment.id)
    .where('version', '=', baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * replaceMoment for a new follow-up answer: only the follow-ups, the time of change and the
 * version are written (nothing sealed is opened or sealed again), with the same compare-and-set.
 */
export async function replaceFollowUps(db: Db, ownerId: string, moment: Moment, baseVersion: number): Promise<boolean> {
  const result = await setFollowUps(db, {
    followUps: JSON.stringify(moment.followUps), updatedAt: moment.updatedAt, version: moment.version, ownerId, id: moment.id, baseVersion,
  });
  return Number(result.numAffectedRows ?? 0) > 0;
}

const setFollowUps = compiledOnce(
  (db, values: { followUps: string; updatedAt: string; version: number; ownerId: string; id: string; baseVersion: number }) =>
    db
      .updateTable('moments')
      .set({ follow_ups: values.followUps, updated_at: values.updatedAt, version: values.version })
      .where('owner_id', '=', values.ownerId)
      .where('id', '=', values.id)
      .where('version', '=', values.baseVersion),
);

/** false when this owner has no such moment. */
export async function deleteMoment(db: Db, ownerId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('moments').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface MomentPageQuery {
  /** Inclusive. */
  from?: string;
  /** Exclusive. */
  to?: string;
  /** Keyset: only moments strictly older than this (occurredAt, id). */
  before?: { occurredAt: string; id: string };
  limit: number;
}

/** Newest first by (occurredAt, id); the id breaks ties so paging never skips or repeats. */
export async function listMoments(db: Db, ownerId: string, query: MomentPageQuery): Promise<Moment[]> {
  let select = db.selectFrom('moments').selectAll().where('owner_id', '=', ownerId);
  if (query.from !== undefined) select = select.where('occurred_at', '>=', query.from);
  if (query.to !== undefined) select = select.where('occurred_at', '<', query.to);
  const before = query.before;
  if (before) {
    // A row-value comparison lets the (owner_id, occurred_at, id) index seek straight to the
    // cursor on SQLite and PostgreSQL alike; the equivalent OR form makes SQLite scan from the top.
    select = select.where((eb) => eb(eb.refTuple('occurred_at', 'id'), '<', eb.tuple(before.occurredAt, before.id)));
  }
  const rows = await select.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
  const cipher = await ownerCipher(db, ownerId);
  return rows.map((row) => rowToMoment(row, cipher));
}

/** All of an owner's moments (those up to `through`, inclusive, when given), oldest first (export order). */
export async function listAllMoments(db: Db, ownerId: string, through?: string): Promise<Moment[]> {
  let select = db.selectFrom('moments').selectAll().where('owner_id', '=', ownerId);
  if (through !== undefined) select = select.where('occurred_at', '<=', through);
  const rows = await select.orderBy('occurred_at', 'asc').orderBy('id', 'asc').execute();
  const cipher = await ownerCipher(db, ownerId);
  return rows.map((row) => rowToMoment(row, cipher));
}

/** Only the tag columns: counting tags needs nothing else. */
export async function listMomentTags(db: Db, ownerId: string): Promise<Array<{ triggerTags: string[]; contextTags: string[] }>> {
  const rows = await db.selectFrom('moments').select(['trigger_tags', 'context_tags']).where('owner_id', '=', ownerId).execute();
  return rows.map((row) => ({
    triggerTags: JSON.parse(row.trigger_tags) as string[],
    contextTags: JSON.parse(row.context_tags) as string[],
  }));
}

/** Moments with from ≤ occurredAt ≤ through, newest first: the few a follow-up may be due for. */
export async function listMomentsBetween(db: Db, ownerId: string, from: string, through: string): Promise<Moment[]> {
  const rows = await db
    .selectFrom('moments')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<=', through)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const cipher = await ownerCipher(db, ownerId);
  return rows.map((row) => rowToMoment(row, cipher));
}

/**
 * Every moment up to `through` (inclusive), in one query, with only the fields the insights
 * engine reads. No ORDER BY: the engine takes moments in any order.
 */
export async function listInsightsMoments(db: Db, ownerId: string, through: string): Promise<InsightsMoment[]> {
  return (await selectForInsights(db, { ownerId, through })).rows.map(rowToInsightsMoment);
}

const selectForInsights = compiledOnce((db, values: { ownerId: string; through: string }) =>
  db.selectFrom('moments').select(INSIGHTS_COLUMNS).where('owner_id', '=', values.ownerId).where('occurred_at', '<=', values.through),
);

/** When each moment in from < occurredAt ≤ through happened and which skills it names; nothing the person wrote is opened. */
export async function listMomentSkillsBetween(db: Db, ownerId: string, from: string, through: string): Promise<Array<{ occurredAt: string; skillIds: string[] }>> {
  const rows = await db
    .selectFrom('moments')
    .select(['occurred_at', 'skill_ids'])
    .where('owner_id', '=', ownerId)
    .where('occurred_at', '>', from)
    .where('occurred_at', '<=', through)
    .execute();
  return rows.map((row) => ({ occurredAt: row.occurred_at, skillIds: JSON.parse(row.skill_ids) as string[] }));
}
