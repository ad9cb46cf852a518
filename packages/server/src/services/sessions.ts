import { randomUUID } from 'node:crypto';
import type { Me, Session } from '@mend/core';
import type { Db } from '../storage/database';
import type { Storage } from '../storage/open-storage';
import {
  deleteExpiredSessions, deleteSession, deleteSessionByToken, deleteSessionsOf, findSession, insertSession, listSessions, touchSession,
} from '../storage/sessions-store';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { hashSecret, randomSecret } from './secrets';
import { addDays } from './times';
import { toMe } from './users';

export const SESSION_DAYS = 30;
/** Sliding expiry is written at most this often, not on every request. */
const EXTEND_AFTER_MS = 60 * 60 * 1000;
/**
 * Last use is written at most this often. Idle sign-out and the app lock allow for it, so a
 * person using Mend right now is never taken for idle: they act up to this much later.
 */
export const TOUCH_AFTER_MS = 60 * 1000;

export interface StartedSession {
  id: string;
  token: string;
  expiresAt: Date;
}

export async function startSession(db: Db, ownerId: string, now: Date, device: string): Promise<StartedSession> {
  const token = randomSecret();
  const id = randomUUID();
  const expiresAt = addDays(now, SESSION_DAYS);
  // Sign-in is rare enough to tidy up old sessions here instead of running a timer.
  await deleteExpiredSessions(db, now.toISOString());
  await insertSession(db, {
    id,
    tokenHash: hashSecret(token),
    ownerId,
    device,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { id, token, expiresAt };
}

export type ResumedSession =
  | { state: 'signed-in'; id: string; me: Me; skillFilingsVersion: number; locked: boolean; extendedUntil: Date | null }
  /** Ended here for being unused longer than the idle sign-out allows. */
  | { state: 'idle'; minutes: number };

/** The idle sign-out that applies: the person's choice, never longer than the operator's limit. */
export function effectiveIdleMinutes(personal: number | null, operatorLimit: number | undefined): number | null {
  const limits = [personal, operatorLimit ?? null].filter((minutes): minutes is number => minutes !== null);
  return limits.length ? Math.min(...limits) : null;
}

/** Whether `minutes` have passed since the last use written, allowing for how seldom it is written. */
function unusedFor(lastSeenAt: string, minutes: number, now: Date): boolean {
  return now.getTime() - Date.parse(lastSeenAt) > minutes * 60 * 1000 + TOUCH_AFTER_MS;
}

/**
 * The session behind a cookie, or null. Ends it when it is past its expiry or unused longer than
 * the idle sign-out allows. A locked session is reported as locked and not counted as used, and
 * so is a request the app sends on its own (`countsAsUse: false`, a background poll): otherwise a
 * tab left open would keep its session in use forever, and never sign out or lock.
 */
export async function resumeSession(
  storage: Storage,
  token: string,
  now: Date,
  operatorIdleMinutes: number | undefined,
  options: { countsAsUse: boolean },
): Promise<ResumedSession | null> {
  const tokenHash = hashSecret(token);
  const session = await findSession(storage.db, tokenHash);
  if (!session) return null;
  if (Date.parse(session.expiresAt) <= now.getTime()) {
    await deleteSessionByToken(storage.db, tokenHash);
    return null;
  }
  const idleMinutes = effectiveIdleMinutes(session.idleSignOutMinutes, operatorIdleMinutes);
  if (idleMinutes !== null && unusedFor(session.lastSeenAt, idleMinutes, now)) {
    await deleteSessionByToken(storage.db, tokenHash);
    return { state: 'idle', minutes: idleMinutes };
  }
  const me = toMe(session.user);
  const base = { state: 'signed-in' as const, id: session.id, me, skillFilingsVersion: session.skillFilingsVersion };
  const locked = session.appLock !== null && (session.lockedAt !== null || unusedFor(session.lastSeenAt, session.appLock.lockAfterMinutes, now));
  if (locked || !options.countsAsUse) return { ...base, locked, extendedUntil: null };

  const fresh = addDays(now, SESSION_DAYS);
  const extend = fresh.getTime() - Date.parse(session.expiresAt) >= EXTEND_AFTER_MS;
  if (extend || now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_AFTER_MS) {
    await touchSession(storage.db, me.id, session.id, { lastSeenAt: now.toISOString(), ...(extend && { expiresAt: fresh.toISOString() }) });
  }
  return { ...base, locked, extendedUntil: extend ? fresh : null };
}

/** Signing out the browser that holds this cookie. */
export async function endSessionByToken(db: Db, token: string): Promise<void> {
  await deleteSessionByToken(db, hashSecret(token));
}

export async function listSessionsOf(storage: Storage, ownerId: string, currentId: string | null, now: Date): Promise<Session[]> {
  const sessions = await listSessions(storage.db, ownerId, now.toISOString());
  return sessions.map((session) => ({ ...session, current: session.id === currentId }));
}

/** Signing one other browser out (from Settings), in the audit log with its device label; false when this person has no such session. */
export function endSessionOf(storage: Storage, ownerId: string, id: string, now: Date): Promise<boolean> {
  return inTransaction(storage, async (db) => {
    const device = await deleteSession(db, ownerId, id);
    if (device === null) return false;
    await recordAuditEvent(db, ownerId, { kind: 'session-ended', detail: { device } }, now);
    return true;
  });
}

/** Every session of the person, or all but `keepId`; returns how many ended. */
export function endSessionsOf(db: Db, ownerId: string, keepId?: string): Promise<number> {
  return deleteSessionsOf(db, ownerId, keepId);
}
