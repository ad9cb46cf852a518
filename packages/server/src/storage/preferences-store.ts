import { IDLE_SIGN_OUT_CHOICES, type Preferences } from '@mend/core';
import type { Db } from './database';

/** A person's preferences; undefined when they never changed any (the caller applies the defaults). */
export async function getPreferences(db: Db, ownerId: string): Promise<Preferences | undefined> {
  const row = await db
    .selectFrom('preferences')
    .select(['follow_up_delay_minutes', 'country', 'idle_sign_out_minutes'])
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return row && { followUpDelayMinutes: Number(row.follow_up_delay_minutes), country: row.country, idleSignOutMinutes: toIdleSignOut(row.idle_sign_out_minutes) };
}

export async function savePreferences(db: Db, ownerId: string, preferences: Preferences): Promise<void> {
  const values = {
    follow_up_delay_minutes: preferences.followUpDelayMinutes,
    country: preferences.country,
    idle_sign_out_minutes: preferences.idleSignOutMinutes,
  };
  await db
    .insertInto('preferences')
    .values({ owner_id: ownerId, ...values })
    .onConflict((conflict) => conflict.column('owner_id').doUpdateSet(values))
    .execute();
}

/** PostgreSQL may hand integers back as strings; anything not a choice (never written) reads as off. */
function toIdleSignOut(value: number | string | null): Preferences['idleSignOutMinutes'] {
  if (value === null) return null;
  const minutes = Number(value);
  return IDLE_SIGN_OUT_CHOICES.find((choice) => choice === minutes) ?? null;
}
