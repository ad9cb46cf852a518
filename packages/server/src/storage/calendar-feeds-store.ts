import type { Db } from './database';

/** At most one feed per person. Only the key's hash is stored. */

/** Makes the person's feed, or replaces its key: the old address stops working at once. */
export async function upsertCalendarFeed(db: Db, ownerId: string, keyHash: string, createdAt: string): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({ owner_id: ownerId, key_hash: keyHash, created_at: createdAt })
    .onConflict((conflict) => conflict.column('owner_id').doUpdateSet({ key_hash: keyHash, created_at: createdAt }))
    .execute();
}

/** false when the person had no feed. */
export async function deleteCalendarFeed(db: Db, ownerId: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_feeds').where('owner_id', '=', ownerId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Whose feed an address's key opens, if anyone's: the key is the credential, like a token. */
export async function findCalendarFeedOwner(db: Db, keyHash: string): Promise<string | undefined> {
  const row = await db.selectFrom('calendar_feeds').select('owner_id').where('key_hash', '=', keyHash).executeTakeFirst();
  return row?.owner_id;
}
