import { randomUUID } from 'node:crypto';
import type { CreatedToken, Me, Token } from '@mend/core';
import { notFound } from '../api-problem';
import type { Storage } from '../storage/open-storage';
import { deleteToken, findTokenByHash, insertToken, listTokens, touchToken } from '../storage/tokens-store';
import { hashSecret, randomSecret } from './secrets';
import { toMe } from './users';

export const TOKEN_PREFIX = 'mend_pat_';
/** last_used_at is a hint for the person, not an audit log: one write a minute is plenty. */
const TOUCH_AFTER_MS = 60 * 1000;

/** The secret is in the answer once and never again; only its hash is kept. */
export async function createPersonalToken(storage: Storage, ownerId: string, name: string, now: Date): Promise<CreatedToken> {
  const secret = `${TOKEN_PREFIX}${randomSecret()}`;
  const token: Token = { id: randomUUID(), name: name.trim(), createdAt: now.toISOString(), lastUsedAt: null };
  await insertToken(storage.db, ownerId, { ...token, tokenHash: hashSecret(secret) });
  return { ...token, token: secret };
}

export function listPersonalTokens(storage: Storage, ownerId: string): Promise<Token[]> {
  return listTokens(storage.db, ownerId);
}

export async function revokePersonalToken(storage: Storage, ownerId: string, id: string): Promise<void> {
  if (!(await deleteToken(storage.db, ownerId, id))) throw notFound('token');
}

export async function resolvePersonalToken(storage: Storage, secret: string, now: Date): Promise<Me | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const found = await findTokenByHash(storage.db, hashSecret(secret));
  if (!found) return null;
  const lastUsed = found.lastUsedAt ? Date.parse(found.lastUsedAt) : 0;
  if (now.getTime() - lastUsed >= TOUCH_AFTER_MS) await touchToken(storage.db, found.user.id, found.id, now.toISOString());
  return toMe(found.user);
}
