import { ApiProblem } from '../api-problem';
import type { Db } from '../storage/database';
import type { Storage } from '../storage/open-storage';
import { deleteStaleThrottles, deleteThrottle, findThrottle, lockThrottle, saveThrottle, type ThrottleRecord } from '../storage/sign-in-throttles-store';
import { inTransaction } from '../storage/transaction';
import { nameKey } from '../storage/users-store';
import { hashSecret } from './secrets';

/** Failures are forgotten after this long without one (counted from the end of any wait). */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = 15 * 60 * 1000;

/** A person who mistypes a few times never waits; someone guessing soon waits minutes per guess. */
export const ACCOUNT_FREE_FAILURES = 5;
/** One address may be a household or an office behind one router: more room than per account. */
export const ADDRESS_FREE_FAILURES = 20;

export interface ThrottleKey {
  hash: string;
  freeFailures: number;
  /** Success wipes the count (the account's own); otherwise it only takes this attempt back (an address). */
  clearOnSuccess: boolean;
}

/** Keyed by the name asked for, so guessing at names that do not exist is slowed the same way. */
export function accountKey(name: string): ThrottleKey {
  return { hash: hashSecret(`account:${nameKey(name)}`), freeFailures: ACCOUNT_FREE_FAILURES, clearOnSuccess: true };
}

/**
 * A browser the account has signed in from before counts its own failures instead of the
 * account's: a stranger's guesses at the name then cannot keep its person out, and guessing from
 * that browser is slowed just as much.
 */
export function knownDeviceKey(name: string, deviceHash: string): ThrottleKey {
  return { hash: hashSecret(`device:${nameKey(name)}:${deviceHash}`), freeFailures: ACCOUNT_FREE_FAILURES, clearOnSuccess: true };
}

export function addressKey(address: string): ThrottleKey {
  return { hash: hashSecret(`address:${address}`), freeFailures: ADDRESS_FREE_FAILURES, clearOnSuccess: false };
}

export function unlockKey(ownerId: string): ThrottleKey {
  return { hash: hashSecret(`unlock:${ownerId}`), freeFailures: ACCOUNT_FREE_FAILURES, clearOnSuccess: true };
}

/** 1 s after the free failures are used up, then doubling with each further failure, up to 15 min. */
export function delayAfter(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - freeFailures, 30));
}

export class SignInThrottled extends ApiProblem {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', `Too many attempts that did not match. Please wait ${describeWait(retryAfterSeconds)} and try again.`);
  }
}

function describeWait(seconds: number): string {
  if (seconds < 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `about ${Math.round(seconds / 60)} minutes`;
}

export interface Attempt {
  /** The password or PIN matched: undo what was counted. */
  succeeded(): Promise<void>;
}

/**
 * Called before checking a password or PIN. Refuses (429, even for the right password) while
 * any key must still wait; otherwise counts this attempt as a failure up front, in the same
 * transaction as the check, so many attempts sent at once cannot all slip through before the
 * first is counted. `succeeded()` takes it back.
 */
export async function beginAttempt(storage: Storage, keys: ThrottleKey[], now: Date): Promise<Attempt> {
  const forUpdate = storage.dialect === 'postgres';
  await inTransaction(storage, async (db) => {
    // One key at a time, always in the same order, so two attempts locking the same keys cannot deadlock.
    const current: { key: ThrottleKey; record: ThrottleRecord }[] = [];
    for (const key of [...keys].sort(byHash)) {
      current.push({ key, record: await lockThrottle(db, key.hash, { forUpdate, at: now.toISOString() }) });
    }
    const waitMs = Math.max(0, ...current.map(({ record }) => (record.blockedUntil ? Date.parse(record.blockedUntil) - now.getTime() : 0)));
    if (waitMs > 0) throw new SignInThrottled(Math.ceil(waitMs / 1000));
    for (const { key, record } of current) await saveThrottle(db, key.hash, countFailure(record, key, now));
  });
  return {
    succeeded: () => inTransaction(storage, (db) => takeBack(db, keys, now, forUpdate)),
  };
}

function byHash(a: ThrottleKey, b: ThrottleKey): number {
  return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}

function countFailure(record: ThrottleRecord, key: ThrottleKey, now: Date): ThrottleRecord {
  const failures = (isForgotten(record, now) ? 0 : record.failures) + 1;
  const delay = delayAfter(failures, key.freeFailures);
  return { failures, lastFailureAt: now.toISOString(), blockedUntil: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null };
}

function isForgotten(record: ThrottleRecord, now: Date): boolean {
  const quietSince = Math.max(Date.parse(record.lastFailureAt), record.blockedUntil ? Date.parse(record.blockedUntil) : 0);
  return now.getTime() - quietSince > THROTTLE_WINDOW_MS;
}

async function takeBack(db: Db, keys: ThrottleKey[], now: Date, forUpdate: boolean): Promise<void> {
  // Locked like beginAttempt's, in the same order: a failure counted meanwhile is not written over.
  for (const key of [...keys].sort(byHash)) {
    const record = await findThrottle(db, key.hash, { forUpdate });
    if (!record) continue;
    const failures = record.failures - 1;
    if (key.clearOnSuccess || failures <= 0) await deleteThrottle(db, key.hash);
    // This attempt got past the check, so the key was not waiting before it: it is not now either.
    else await saveThrottle(db, key.hash, { ...record, failures, blockedUntil: null });
  }
  // Successful sign-ins are rare enough to tidy up old counters here instead of running a timer.
  await deleteStaleThrottles(db, new Date(now.getTime() - THROTTLE_WINDOW_MS - MAX_DELAY_MS).toISOString());
}
