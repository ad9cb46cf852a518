import type { Db } from './database';
import { toUser, type UserRecord } from './users-store';

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export async function insertSession(db: Db, session: SessionRecord): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The session and its person in one query: this runs on every signed-in request. */
export async function findSession(
  db: Db,
  tokenHash: string,
): Promise<{ expiresAt: string; user: UserRecord } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.expires_at as expires_at',
      'users.id as id',
      'users.name as name',
      'users.role as role',
      'users.password_hash as password_hash',
      'users.created_at as created_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && { expiresAt: row.expires_at, user: toUser(row) };
}

export async function extendSession(db: Db, tokenHash: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
