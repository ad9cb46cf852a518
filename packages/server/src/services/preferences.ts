import { DEFAULT_PREFERENCES, type Preferences } from '@mend/core';
import type { Db } from '../storage/database';
import type { Storage } from '../storage/open-storage';
import * as store from '../storage/preferences-store';

/** The person's preferences, or the defaults for anything they never set. */
export async function preferencesOf(db: Db, ownerId: string): Promise<Preferences> {
  return { ...DEFAULT_PREFERENCES, ...(await store.getPreferences(db, ownerId)) };
}

export function getPreferences(storage: Storage, ownerId: string): Promise<Preferences> {
  return preferencesOf(storage.db, ownerId);
}

/** The schema has checked the whole object; it replaces what was there. */
export async function updatePreferences(storage: Storage, ownerId: string, preferences: Preferences): Promise<Preferences> {
  await store.savePreferences(storage.db, ownerId, preferences);
  return { ...preferences };
}
