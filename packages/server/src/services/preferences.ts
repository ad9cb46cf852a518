import { DEFAULT_PREFERENCES, type Preferences, type PreferencesUpdate } from '@mend/core';
import { ApiProblem } from '../api-problem';
import type { Db } from '../storage/database';
import type { Storage } from '../storage/open-storage';
import * as store from '../storage/preferences-store';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';

/** The person's preferences, or the defaults for anything they never set. */
export async function preferencesOf(db: Db, ownerId: string): Promise<Preferences> {
  return { ...DEFAULT_PREFERENCES, ...(await store.getPreferences(db, ownerId)) };
}

export function getPreferences(storage: Storage, ownerId: string): Promise<Preferences> {
  return preferencesOf(storage.db, ownerId);
}

/**
 * Only the preferences sent change; read and write in one transaction. The idle sign-out guards
 * sessions, so only a session may change it: a token (a script, or whoever took one) switching it
 * off would keep a stolen browser signed in. A change to it goes in the audit log.
 */
export function updatePreferences(
  storage: Storage,
  ownerId: string,
  update: PreferencesUpdate,
  by: { session: boolean },
  now: Date,
): Promise<Preferences> {
  if (update.idleSignOutMinutes !== undefined && !by.session) {
    throw new ApiProblem(403, 'token_not_allowed', 'An access token cannot change the idle sign-out. Sign in to Mend in a browser to change it.', {
      idleSignOutMinutes: 'can only be changed when signed in',
    });
  }
  return inTransaction(storage, async (db) => {
    const before = await preferencesOf(db, ownerId);
    const next: Preferences = { ...before };
    if (update.followUpDelayMinutes !== undefined) next.followUpDelayMinutes = update.followUpDelayMinutes;
    if (update.country !== undefined) next.country = update.country;
    if (update.idleSignOutMinutes !== undefined) next.idleSignOutMinutes = update.idleSignOutMinutes;
    await store.savePreferences(db, ownerId, next);
    if (next.idleSignOutMinutes !== before.idleSignOutMinutes) {
      await recordAuditEvent(db, ownerId, { kind: 'idle-sign-out-changed', detail: { minutes: next.idleSignOutMinutes ?? 'off' } }, now);
    }
    return next;
  });
}
