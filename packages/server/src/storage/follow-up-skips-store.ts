import type { FollowUpSkip } from '@mend/core';
import type { Db } from './database';

/** Follow-ups a person chose not to answer; every query is scoped by ownerId. */

/** Keeps the first skip's time: skipping twice is the same as skipping once. */
export async function insertSkip(db: Db, ownerId: string, skip: FollowUpSkip): Promise<void> {
  await db
    .insertInto('follow_up_skips')
    .values({ owner_id: ownerId, moment_id: skip.momentId, skipped_at: skip.at })
    .onConflict((conflict) => conflict.columns(['owner_id', 'moment_id']).doNothing())
    .execute();
}

/** Import: the file's time wins, so importing the same file again changes nothing. */
export async function upsertSkip(db: Db, ownerId: string, skip: FollowUpSkip): Promise<void> {
  await db
    .insertInto('follow_up_skips')
    .values({ owner_id: ownerId, moment_id: skip.momentId, skipped_at: skip.at })
    .onConflict((conflict) => conflict.columns(['owner_id', 'moment_id']).doUpdateSet({ skipped_at: skip.at }))
    .execute();
}

/** All of an owner's skips, by moment id. */
export async function listSkips(db: Db, ownerId: string): Promise<FollowUpSkip[]> {
  const rows = await db
    .selectFrom('follow_up_skips')
    .select(['moment_id', 'skipped_at'])
    .where('owner_id', '=', ownerId)
    .orderBy('moment_id', 'asc')
    .execute();
  return rows.map((row) => ({ momentId: row.moment_id, at: row.skipped_at }));
}

/** The skips among these moments; in chunks, since SQLite caps bound parameters per statement. */
export async function listSkipsFor(db: Db, ownerId: string, momentIds: readonly string[]): Promise<FollowUpSkip[]> {
  const skips: FollowUpSkip[] = [];
  for (let start = 0; start < momentIds.length; start += 500) {
    const rows = await db
      .selectFrom('follow_up_skips')
      .select(['moment_id', 'skipped_at'])
      .where('owner_id', '=', ownerId)
      .where('moment_id', 'in', momentIds.slice(start, start + 500))
      .execute();
    for (const row of rows) skips.push({ momentId: row.moment_id, at: row.skipped_at });
  }
  return skips;
}
