import type { DataKeysTable, Db } from './database';

/** Wrapped data keys, one per person. Only keyring and rotation use these; they never see an unwrapped key here. */

export type WrappedDataKey = Pick<DataKeysTable, 'server_key_id' | 'wrapped_key'>;

export async function getWrappedDataKey(db: Db, ownerId: string): Promise<WrappedDataKey | undefined> {
  return db.selectFrom('data_keys').select(['server_key_id', 'wrapped_key']).where('owner_id', '=', ownerId).executeTakeFirst();
}

/** Keeps the first: when two requests make a person's key at once, both then read the same one. */
export async function insertWrappedDataKey(db: Db, ownerId: string, key: WrappedDataKey, createdAt: string): Promise<void> {
  await db
    .insertInto('data_keys')
    .values({ owner_id: ownerId, ...key, created_at: createdAt })
    .onConflict((conflict) => conflict.column('owner_id').doNothing())
    .execute();
}

export async function listWrappedDataKeys(db: Db): Promise<Array<WrappedDataKey & { owner_id: string }>> {
  return db.selectFrom('data_keys').select(['owner_id', 'server_key_id', 'wrapped_key']).orderBy('owner_id').execute();
}

/** Rotation: the same data key, wrapped by another server key. */
export async function replaceWrappedDataKey(db: Db, ownerId: string, key: WrappedDataKey): Promise<void> {
  await db.updateTable('data_keys').set(key).where('owner_id', '=', ownerId).execute();
}

export async function countDataKeys(db: Db): Promise<number> {
  const row = await db.selectFrom('data_keys').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Server key ids other than `keyId` that still wrap someone's data key, with how many each. */
export async function otherServerKeyIds(db: Db, keyId: string): Promise<Array<{ serverKeyId: string; count: number }>> {
  const rows = await db
    .selectFrom('data_keys')
    .select((eb) => ['server_key_id', eb.fn.countAll().as('count')])
    .where('server_key_id', '<>', keyId)
    .groupBy('server_key_id')
    .execute();
  return rows.map((row) => ({ serverKeyId: row.server_key_id, count: Number(row.count) }));
}

/** People made before data keys existed (or by a path that skipped making one). */
export async function listUsersWithoutDataKey(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .leftJoin('data_keys', 'data_keys.owner_id', 'users.id')
    .select('users.id')
    .where('data_keys.owner_id', 'is', null)
    .execute();
  return rows.map((row) => row.id);
}
