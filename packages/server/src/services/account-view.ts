import { DEFAULT_LOCK_AFTER_MINUTES, type Account, type Me } from '@mend/core';
import { findAppLock } from '../storage/app-locks-store';
import type { Db } from '../storage/database';
import { preferencesOf } from './preferences';
import { effectiveIdleMinutes } from './sessions';

/** What sign-in, registration and GET /me answer: the person and the protections that apply to them. */
export async function accountOf(db: Db, me: Me, operatorIdleMinutes: number | undefined): Promise<Account> {
  const lock = await findAppLock(db, me.id);
  const preferences = await preferencesOf(db, me.id);
  return {
    ...me,
    appLock: { enabled: lock !== undefined, lockAfterMinutes: lock?.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES },
    idleSignOutMinutes: effectiveIdleMinutes(preferences.idleSignOutMinutes, operatorIdleMinutes),
  };
}
