import { DEFAULT_PREFERENCES, type Preferences, type PreferencesUpdate } from '@mend/core';
import type { Db } from '../storage/database';
import type { Storage } from '../storage/open-storage';
import * as store from '../storage/preferences-store';
import { inTransaction } from '../storage/transaction';

/** The person's preferences, or the defaults for anything they never set. */
export async function preferencesOf(db: Db, ownerId: string): Promise<Preferences> {
  return { ...DEFAULT_PREFERENCES, ...(await store.getPreferences(db, ownerId)) };
}

export function getPreferences(storage: Storage, ownerId: string): Promise<Preferences> {
  return preferencesOf(storage.db, ownerId);
}

/** Only the preferences sent change; read and write in one transaction. */
export function updatePreferences(storage: Storage, ownerId: string, update: PreferencesUpdate): Promise<Preferences> {
  return inTransaction(storage, async (db) => {
    const next: Preferences = { ...(await preferencesOf(db, ownerId)) };
    if (update.followUpDelayMinutes !== undefined) next.followUpDelayMinutes = update.followUpDelayMinutes;
    if (update.country !== undefined) next.country = update.country;
    if (update.idleSignOutMinutes !== undefined) next.idleSignOutMinutes = update.idleSignOutMinutes;
    await store.savePreferences(db, ownerId, next);
    return next;
  });
}
