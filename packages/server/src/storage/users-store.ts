import type { Role } from '@mend/core';
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './database';
import { ownerCipher } from './keyring';

export interface UserRecord {
  id: string;
  name: string;
  role: Role;
  passwordHash: string;
  createdAt: string;
}

/** Names are unique whatever their case: "Sam" and "sam" are the same person. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/** Any fixed number: the advisory lock's name, the same in every process. */
const ACCOUNT_COUNT_LOCK = 7_140_001;

/**
 * How many accounts there are. On PostgreSQL a count in a transaction first waits for, then holds
 * until that transaction ends, a lock every count takes: so a transaction that counts and then
 * adds an account (the first one becomes the owner) runs after any other that does, as every
 * transaction does on SQLite's one connection. Without it, several registrations at the same
 * moment on an empty Mend all became owners.
 */
export async function countUsers(db: Db): Promise<number> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(${sql.lit(ACCOUNT_COUNT_LOCK)})`.execute(db);
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** false when the name is taken. */
export async function insertUser(db: Db, user: UserRecord): Promise<boolean> {
  const result = await db
    .insertInto('users')
    .values({
      id: user.id,
      name: user.name,
      name_key: nameKey(user.name),
      password_hash: user.passwordHash,
      role: user.role,
      created_at: user.createdAt,
    })
    .onConflict((conflict) => conflict.column('name_key').doNothing())
    .executeTakeFirst();
  const inserted = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  // The data key is made with the account, so everything they ever write is sealed under it.
  if (inserted) await ownerCipher(db, user.id);
  return inserted;
}

export async function findUserById(db: Db, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByName(db: Db, name: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('name_key', '=', nameKey(name)).executeTakeFirst();
  return row && toUser(row);
}

export async function updatePasswordHash(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

interface UserRow {
  id: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
}

export function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role === 'owner' || row.role === 'therapist' ? row.role : 'person',
    passwordHash: row.password_hash,
    createdAt: row.created_at,
  };
}
