import { TOKEN_SCOPES, type Token, type TokenScope } from '@mend/core';
import { compiledOnce } from './compiled-once';
import type { Db } from './database';
import { toUser, type UserRecord } from './users-store';

export interface TokenRecord extends Token {
  tokenHash: string;
}

export async function insertToken(db: Db, ownerId: string, token: TokenRecord): Promise<void> {
  await db
    .insertInto('personal_tokens')
    .values({
      id: token.id,
      owner_id: ownerId,
      name: token.name,
      token_hash: token.tokenHash,
      created_at: token.createdAt,
      last_used_at: token.lastUsedAt,
      scopes: JSON.stringify(token.scopes),
    })
    .execute();
}

export async function listTokens(db: Db, ownerId: string): Promise<Token[]> {
  const rows = await db
    .selectFrom('personal_tokens')
    .select(['id', 'name', 'scopes', 'created_at', 'last_used_at'])
    .where('owner_id', '=', ownerId)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, scopes: toScopes(row.scopes), createdAt: row.created_at, lastUsedAt: row.last_used_at }));
}

/** false when this owner has no such token. */
export async function deleteToken(db: Db, ownerId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('personal_tokens').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findTokenByHash(
  db: Db,
  tokenHash: string,
): Promise<{ id: string; lastUsedAt: string | null; scopes: TokenScope[]; user: UserRecord; skillFilingsVersion: number } | undefined> {
  const [row] = (await selectByHash(db, { tokenHash })).rows;
  return row && { id: row.token_id, lastUsedAt: row.last_used_at, scopes: toScopes(row.scopes), user: toUser(row), skillFilingsVersion: Number(row.skill_filings_version) };
}

/** Every request with a token asks this: compiled once (compiled-once.ts). */
const selectByHash = compiledOnce((db, values: { tokenHash: string }) =>
  db
    .selectFrom('personal_tokens')
    .innerJoin('users', 'users.id', 'personal_tokens.owner_id')
    .select([
      'personal_tokens.id as token_id',
      'personal_tokens.last_used_at as last_used_at',
      'personal_tokens.scopes as scopes',
      'users.id as id',
      'users.name as name',
      'users.role as role',
      'users.password_hash as password_hash',
      'users.created_at as created_at',
      'users.skill_filings_version as skill_filings_version',
    ])
    .where('personal_tokens.token_hash', '=', values.tokenHash),
);

export async function touchToken(db: Db, ownerId: string, id: string, at: string): Promise<void> {
  await db.updateTable('personal_tokens').set({ last_used_at: at }).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}

/** Stored as a JSON list; anything unreadable grants nothing rather than everything. */
function toScopes(stored: string): TokenScope[] {
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? TOKEN_SCOPES.filter((scope) => parsed.includes(scope)) : [];
  } catch {
    return [];
  }
}
