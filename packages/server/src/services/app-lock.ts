import type { AppLockStatus, Me } from '@mend/core';
import { ApiProblem } from '../api-problem';
import { deleteAppLock, findAppLock, saveAppLock } from '../storage/app-locks-store';
import type { Storage } from '../storage/open-storage';
import { countFailedUnlock, deleteSession, lockSession, unlockSession } from '../storage/sessions-store';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { confirmPassword } from './password-check';
import { hashPassword, verifyPassword } from './passwords';
import { addressKey, beginAttempt, unlockKey } from './sign-in-throttle';

/** Wrong PINs on one session before it is signed out: the password is then needed. */
export const MAX_WRONG_PINS = 5;

/** Sets, changes (pin) or removes (pin: null) the PIN, after the password is typed again. */
export async function setAppLock(
  storage: Storage,
  me: Me,
  update: { password: string; pin: string | null; lockAfterMinutes: number },
  address: string,
  now: Date,
): Promise<AppLockStatus> {
  await confirmPassword(storage, me, { field: 'password', password: update.password }, address, now);
  // Hashed like a password: a PIN has few possibilities, so a fast hash would give it away.
  const pinHash = update.pin === null ? null : await hashPassword(update.pin);
  return inTransaction(storage, async (db) => {
    const had = (await findAppLock(db, me.id)) !== undefined;
    if (pinHash === null) await deleteAppLock(db, me.id);
    else await saveAppLock(db, me.id, { pinHash, lockAfterMinutes: update.lockAfterMinutes }, now.toISOString());
    const change = pinHash === null ? 'removed' : had ? 'changed' : 'set';
    await recordAuditEvent(db, me.id, { kind: 'app-lock-changed', detail: { change, ...(pinHash && { lockAfterMinutes: update.lockAfterMinutes }) } }, now);
    return { enabled: pinHash !== null, lockAfterMinutes: update.lockAfterMinutes };
  });
}

function noAppLock(): ApiProblem {
  return new ApiProblem(409, 'no_app_lock', 'There is no app-lock PIN on this account. Set one in Settings first.');
}

export async function lockNow(storage: Storage, ownerId: string, sessionId: string, now: Date): Promise<void> {
  if (!(await findAppLock(storage.db, ownerId))) throw noAppLock();
  await lockSession(storage.db, ownerId, sessionId, now.toISOString());
}

/**
 * Checks the PIN for a locked session, slowed like sign-in. After MAX_WRONG_PINS wrong ones the
 * session ends (the caller clears the cookie): whoever is guessing must then know the password.
 */
export async function unlock(storage: Storage, ownerId: string, sessionId: string, pin: string, address: string, now: Date): Promise<void> {
  const lock = await findAppLock(storage.db, ownerId);
  if (!lock) throw noAppLock();
  const attempt = await beginAttempt(storage, [unlockKey(ownerId), addressKey(address)], now);
  if (await verifyPassword(lock.pinHash, pin)) {
    await attempt.succeeded();
    await unlockSession(storage.db, ownerId, sessionId, now.toISOString());
    return;
  }
  const wrong = await countFailedUnlock(storage.db, ownerId, sessionId);
  if (wrong >= MAX_WRONG_PINS) {
    await inTransaction(storage, async (db) => {
      const device = await deleteSession(db, ownerId, sessionId);
      await recordAuditEvent(db, ownerId, { kind: 'signed-out-wrong-pin', detail: { wrongPins: wrong, ...(device !== null && { device }) } }, now);
    });
    throw new ApiProblem(401, 'signed_out_pin', `That PIN was wrong ${MAX_WRONG_PINS} times, so this device was signed out. Sign in with your password.`);
  }
  const left = MAX_WRONG_PINS - wrong;
  throw new ApiProblem(403, 'wrong_pin', `That PIN is not right. ${left === 1 ? '1 try is' : `${left} tries are`} left before this device is signed out.`, {
    pin: 'does not match',
  });
}
