import type { Preferences } from '@mend/core';
import type { Db } from './database';

/** A person's preferences; undefined when they never changed any (the caller applies the defaults). */
export async function getPreferences(db: Db, ownerId: string): Promise<Preferences | undefined> {
  const row = await db.selectFrom('preferences').select(['follow_up_delay_minutes', 'country']).where('owner_id', '=', ownerId).executeTakeFirst();
  return row && { followUpDelayMinutes: Number(row.follow_up_delay_minutes), country: row.country };
}

export async function savePreferences(db: Db, ownerId: string, preferences: Preferences): Promise<void> {
  const values = { follow_up_delay_minutes: preferences.followUpDelayMinutes, country: preferences.country };
  await db
    .insertInto('preferences')
    .values({ owner_id: ownerId, ...values })
    .onConflict((conflict) => conflict.column('owner_id').doUpdateSet(values))
    .execute();
}
