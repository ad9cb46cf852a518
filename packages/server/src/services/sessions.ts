import type { Me } from '@mend/core';
import type { Storage } from '../storage/open-storage';
import { deleteExpiredSessions, deleteSession, extendSession, findSession, insertSession } from '../storage/sessions-store';
import { hashSecret, randomSecret } from './secrets';
import { addDays } from './times';
import { toMe } from './users';

export const SESSION_DAYS = 30;
/** Sliding expiry is written at most this often, not on every request. */
const EXTEND_AFTER_MS = 60 * 60 * 1000;

export interface StartedSession {
  token: string;
  expiresAt: Date;
}

export async function startSession(storage: Storage, userId: string, now: Date): Promise<StartedSession> {
  const token = randomSecret();
  const expiresAt = addDays(now, SESSION_DAYS);
  // Sign-in is rare enough to tidy up old sessions here instead of running a timer.
  await deleteExpiredSessions(storage.db, now.toISOString());
  await insertSession(storage.db, {
    tokenHash: hashSecret(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}

/** The person behind a session cookie; `extendedUntil` is set when the cookie should be re-sent. */
export async function resumeSession(
  storage: Storage,
  token: string,
  now: Date,
): Promise<{ me: Me; extendedUntil: Date | null } | null> {
  const tokenHash = hashSecret(token);
  const session = await findSession(storage.db, tokenHash);
  if (!session) return null;
  if (Date.parse(session.expiresAt) <= now.getTime()) {
    await deleteSession(storage.db, tokenHash);
    return null;
  }
  const fresh = addDays(now, SESSION_DAYS);
  if (fresh.getTime() - Date.parse(session.expiresAt) < EXTEND_AFTER_MS) return { me: toMe(session.user), extendedUntil: null };
  await extendSession(storage.db, tokenHash, fresh.toISOString());
  return { me: toMe(session.user), extendedUntil: fresh };
}

export async function endSession(storage: Storage, token: string): Promise<void> {
  await deleteSession(storage.db, hashSecret(token));
}
