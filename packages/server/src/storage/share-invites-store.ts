import type { ShareInvite } from '@mend/core';
import type { Db } from './database';
import { readScopes, writeScopes } from './share-scopes-column';

/**
 * Invites a person made and no therapist has used yet. Scoped by the person's id (owner_id),
 * except the lookup by the code's hash: the therapist holding the code does not know whose it is,
 * and 160 random bits are the permission.
 */

export interface InviteRecord extends ShareInvite {
  ownerId: string;
}

export async function insertInvite(db: Db, ownerId: string, invite: ShareInvite, codeHash: string): Promise<void> {
  await db
    .insertInto('share_invites')
    .values({
      id: invite.id,
      owner_id: ownerId,
      code_hash: codeHash,
      scopes: writeScopes(invite.scopes),
      until: invite.until,
      created_at: invite.createdAt,
      expires_at: invite.expiresAt,
    })
    .execute();
}

/** The person's invites whose code still works, oldest first. */
export async function listOpenInvites(db: Db, ownerId: string, now: string): Promise<ShareInvite[]> {
  const rows = await db
    .selectFrom('share_invites')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map(toInvite);
}

/** false when this person has no such invite. */
export async function deleteInvite(db: Db, ownerId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('share_invites').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** An invite whose code still works now (not expired, and what it grants not already over). */
export async function findUsableInviteByHash(db: Db, codeHash: string, now: string): Promise<InviteRecord | undefined> {
  const row = await db
    .selectFrom('share_invites')
    .selectAll()
    .where('code_hash', '=', codeHash)
    .where('expires_at', '>', now)
    .where('until', '>', now)
    .executeTakeFirst();
  return row && { ...toInvite(row), ownerId: row.owner_id };
}

/** Removes every invite of the person's: their account is going. */
export async function deleteInvitesOf(db: Db, ownerId: string): Promise<void> {
  await db.deleteFrom('share_invites').where('owner_id', '=', ownerId).execute();
}

function toInvite(row: { id: string; scopes: string; until: string; created_at: string; expires_at: string }): ShareInvite {
  return { id: row.id, scopes: readScopes(row.scopes), until: row.until, createdAt: row.created_at, expiresAt: row.expires_at };
}
