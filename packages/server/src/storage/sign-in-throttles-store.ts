import type { Db } from './database';

export interface ThrottleRecord {
  failures: number;
  lastFailureAt: string;
  blockedUntil: string | null;
}

/**
 * The counter for one key, made (at no failures) if there is none yet, so that on PostgreSQL
 * there is always a row to lock: `FOR UPDATE` on a row that does not exist locks nothing, and a
 * burst of attempts at a new key would all read "none" and count as one. The row stays locked
 * for the rest of the transaction, so two attempts at once cannot both read the same count; a
 * second insert of the same key waits for the first. SQLite runs one transaction at a time.
 */
export async function lockThrottle(db: Db, keyHash: string, options: { forUpdate: boolean; at: string }): Promise<ThrottleRecord> {
  await db
    .insertInto('sign_in_throttles')
    .values({ key_hash: keyHash, failures: 0, last_failure_at: options.at, blocked_until: null })
    .onConflict((conflict) => conflict.column('key_hash').doNothing())
    .execute();
  const record = await findThrottle(db, keyHash, options);
  if (!record) throw new Error('sign_in_throttles row missing right after it was made');
  return record;
}

/** The counter for one key, locked on PostgreSQL with `forUpdate` (when it exists: see lockThrottle). */
export async function findThrottle(db: Db, keyHash: string, options: { forUpdate: boolean }): Promise<ThrottleRecord | undefined> {
  let query = db.selectFrom('sign_in_throttles').select(['failures', 'last_failure_at', 'blocked_until']).where('key_hash', '=', keyHash);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && { failures: Number(row.failures), lastFailureAt: row.last_failure_at, blockedUntil: row.blocked_until };
}

export async function saveThrottle(db: Db, keyHash: string, record: ThrottleRecord): Promise<void> {
  const values = { failures: record.failures, last_failure_at: record.lastFailureAt, blocked_until: record.blockedUntil };
  await db
    .insertInto('sign_in_throttles')
    .values({ key_hash: keyHash, ...values })
    .onConflict((conflict) => conflict.column('key_hash').doUpdateSet(values))
    .execute();
}

export async function deleteThrottle(db: Db, keyHash: string): Promise<void> {
  await db.deleteFrom('sign_in_throttles').where('key_hash', '=', keyHash).execute();
}

/** Counters whose last failure is older than `before` no longer matter (the caller picks a time past any block). */
export async function deleteStaleThrottles(db: Db, before: string): Promise<void> {
  await db.deleteFrom('sign_in_throttles').where('last_failure_at', '<', before).execute();
}
