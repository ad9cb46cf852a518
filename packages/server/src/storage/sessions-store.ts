import { compiledOnce } from './compiled-once';
import type { Db } from './database';
import { toUser, type UserRecord } from './users-store';

export interface SessionRecord {
  id: string;
  tokenHash: string;
  ownerId: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** A session found by its cookie, with what deciding "idle, locked or fine" needs. */
export interface FoundSession {
  id: string;
  lastSeenAt: string;
  expiresAt: string;
  lockedAt: string | null;
  user: UserRecord;
  /** The person's skill_filings_version as this lookup read it. */
  skillFilingsVersion: number;
  idleSignOutMinutes: number | null;
  appLock: { pinHash: string; lockAfterMinutes: number } | null;
}

export async function insertSession(db: Db, session: SessionRecord): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      token_hash: session.tokenHash,
      owner_id: session.ownerId,
      device: session.device,
      created_at: session.createdAt,
      last_seen_at: session.lastSeenAt,
      expires_at: session.expiresAt,
      locked_at: null,
    })
    .execute();
}

/** The session, its person, their idle preference and app lock in one query: this runs on every signed-in request. */
export async function findSession(db: Db, tokenHash: string): Promise<FoundSession | undefined> {
  const [row] = (await selectByHash(db, { tokenHash })).rows;
  if (!row) return undefined;
  return {
    id: row.session_id,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    lockedAt: row.locked_at,
    user: toUser(row),
    skillFilingsVersion: Number(row.skill_filings_version),
    idleSignOutMinutes: row.idle_sign_out_minutes === null ? null : Number(row.idle_sign_out_minutes),
    appLock: row.pin_hash === null ? null : { pinHash: row.pin_hash, lockAfterMinutes: Number(row.lock_after_minutes) },
  };
}

/** Every signed-in request asks this: compiled once (compiled-once.ts). */
const selectByHash = compiledOnce((db, values: { tokenHash: string }) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.owner_id')
    .leftJoin('preferences', 'preferences.owner_id', 'sessions.owner_id')
    .leftJoin('app_locks', 'app_locks.owner_id', 'sessions.owner_id')
    .select([
      'sessions.id as session_id',
      'sessions.last_seen_at as last_seen_at',
      'sessions.expires_at as expires_at',
      'sessions.locked_at as locked_at',
      'users.id as id',
      'users.name as name',
      'users.role as role',
      'users.password_hash as password_hash',
      'users.created_at as created_at',
      'users.skill_filings_version as skill_filings_version',
      'preferences.idle_sign_out_minutes as idle_sign_out_minutes',
      'app_locks.pin_hash as pin_hash',
      'app_locks.lock_after_minutes as lock_after_minutes',
    ])
    .where('sessions.token_hash', '=', values.tokenHash),
);

export async function listSessions(
  db: Db,
  ownerId: string,
  now: string,
): Promise<{ id: string; device: string; createdAt: string; lastSeenAt: string }[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'device', 'created_at', 'last_seen_at'])
    .where('owner_id', '=', ownerId)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map((row) => ({ id: row.id, device: row.device, createdAt: row.created_at, lastSeenAt: row.last_seen_at }));
}

/** Last use, and the sliding expiry when it is due: both in one write. */
export async function touchSession(db: Db, ownerId: string, id: string, change: { lastSeenAt: string; expiresAt?: string }): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: change.lastSeenAt, ...(change.expiresAt !== undefined && { expires_at: change.expiresAt }) })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .execute();
}

export async function lockSession(db: Db, ownerId: string, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ locked_at: at }).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}

/** Unlocked counts as used now, so it does not lock again at once. */
export async function unlockSession(db: Db, ownerId: string, id: string, at: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ locked_at: null, failed_unlocks: 0, last_seen_at: at })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .execute();
}

/** One more wrong PIN on this session; returns how many there have been. */
export async function countFailedUnlock(db: Db, ownerId: string, id: string): Promise<number> {
  await db
    .updateTable('sessions')
    .set((eb) => ({ failed_unlocks: eb('failed_unlocks', '+', 1) }))
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .execute();
  const row = await db.selectFrom('sessions').select('failed_unlocks').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return row ? Number(row.failed_unlocks) : 0;
}

/** Sign-out of the browser holding this cookie. Not owner-scoped: whoever holds the cookie may end it. */
export async function deleteSessionByToken(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** The ended session's device label, or null when this owner has no such session. */
export async function deleteSession(db: Db, ownerId: string, id: string): Promise<string | null> {
  const row = await db.deleteFrom('sessions').where('owner_id', '=', ownerId).where('id', '=', id).returning('device').executeTakeFirst();
  return row?.device ?? null;
}

/** Every session of the person, or every one but `keepId`; returns how many ended. */
export async function deleteSessionsOf(db: Db, ownerId: string, keepId?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('owner_id', '=', ownerId);
  if (keepId !== undefined) query = query.where('id', '!=', keepId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
