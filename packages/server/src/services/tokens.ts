import { randomUUID } from 'node:crypto';
import { TOKEN_SCOPES, type AuditDetail, type CreatedToken, type Me, type Token, type TokenScope } from '@mend/core';
import { notFound } from '../api-problem';
import type { Storage } from '../storage/open-storage';
import { deleteToken, findTokenByHash, insertToken, listTokens, touchToken } from '../storage/tokens-store';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { hashSecret, randomSecret } from './secrets';
import { toMe } from './users';

export const TOKEN_PREFIX = 'mend_pat_';
/** last_used_at is a hint for the person, not an audit log: one write a minute is plenty. */
const TOUCH_AFTER_MS = 60 * 1000;

/**
 * The secret is in the answer once and never again; only its hash is kept. Scopes are kept in
 * the order of TOKEN_SCOPES, whatever order they were asked for in.
 */
export async function createPersonalToken(
  storage: Storage,
  ownerId: string,
  name: string,
  now: Date,
  scopes: readonly TokenScope[] = TOKEN_SCOPES,
): Promise<CreatedToken> {
  const secret = `${TOKEN_PREFIX}${randomSecret()}`;
  const token: Token = {
    id: randomUUID(),
    name: name.trim(),
    scopes: TOKEN_SCOPES.filter((scope) => scopes.includes(scope)),
    createdAt: now.toISOString(),
    lastUsedAt: null,
  };
  await inTransaction(storage, async (db) => {
    await insertToken(db, ownerId, { ...token, tokenHash: hashSecret(secret) });
    await recordAuditEvent(db, ownerId, { kind: 'token-created', detail: tokenAuditDetail(token) }, now);
  });
  return { ...token, token: secret };
}

export function listPersonalTokens(storage: Storage, ownerId: string): Promise<Token[]> {
  return listTokens(storage.db, ownerId);
}

export function revokePersonalToken(storage: Storage, ownerId: string, id: string, now: Date): Promise<void> {
  return inTransaction(storage, async (db) => {
    const token = (await listTokens(db, ownerId)).find((candidate) => candidate.id === id);
    if (!token || !(await deleteToken(db, ownerId, id))) throw notFound('token');
    await recordAuditEvent(db, ownerId, { kind: 'token-revoked', detail: tokenAuditDetail(token) }, now);
  });
}

/** The token's name is the person's own label for it, shown back to them; never its secret or hash. */
function tokenAuditDetail(token: Token): AuditDetail {
  return { tokenId: token.id, name: token.name, scopes: token.scopes.join(', ') };
}

export async function resolvePersonalToken(
  storage: Storage,
  secret: string,
  now: Date,
): Promise<{ me: Me; scopes: TokenScope[]; skillFilingsVersion: number } | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const found = await findTokenByHash(storage.db, hashSecret(secret));
  if (!found) return null;
  const lastUsed = found.lastUsedAt ? Date.parse(found.lastUsedAt) : 0;
  if (now.getTime() - lastUsed >= TOUCH_AFTER_MS) await touchToken(storage.db, found.user.id, found.id, now.toISOString());
  return { me: toMe(found.user), scopes: found.scopes, skillFilingsVersion: found.skillFilingsVersion };
}
