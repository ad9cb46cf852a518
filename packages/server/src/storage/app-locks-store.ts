import type { Db } from './database';

export interface AppLockRecord {
  pinHash: string;
  lockAfterMinutes: number;
}

export async function findAppLock(db: Db, ownerId: string): Promise<AppLockRecord | undefined> {
  const row = await db.selectFrom('app_locks').select(['pin_hash', 'lock_after_minutes']).where('owner_id', '=', ownerId).executeTakeFirst();
  return row && { pinHash: row.pin_hash, lockAfterMinutes: Number(row.lock_after_minutes) };
}

export async function saveAppLock(db: Db, ownerId: string, lock: AppLockRecord, at: string): Promise<void> {
  const values = { pin_hash: lock.pinHash, lock_after_minutes: lock.lockAfterMinutes, updated_at: at };
  await db
    .insertInto('app_locks')
    .values({ owner_id: ownerId, ...values })
    .onConflict((conflict) => conflict.column('owner_id').doUpdateSet(values))
    .execute();
}

export async function deleteAppLock(db: Db, ownerId: string): Promise<void> {
  await db.deleteFrom('app_locks').where('owner_id', '=', ownerId).execute();
}
