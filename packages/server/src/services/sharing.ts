import { randomUUID } from 'node:crypto';
import {
  INVITE_VALID_DAYS, MAX_SHARE_DAYS, SHARE_SCOPES, type AuditDetail, type CreatedShareInvite, type Me, type Share, type ShareInvite, type ShareTerms,
  type Sharing,
} from '@mend/core';
import { ApiProblem, invalidFields, notFound } from '../api-problem';
import type { Storage } from '../storage/open-storage';
import { deleteInvite, insertInvite, listOpenInvites } from '../storage/share-invites-store';
import { deleteShare, findShareOfPerson, listActiveSharesOfPerson, updateShareTerms, type ShareRecord } from '../storage/shares-store';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { inviteCodeHash, newInviteCode } from './invite-codes';
import { addDays, normalizeTime } from './times';

/** The person's side of sharing: who sees what, until when. Every change is in the person's audit log. */

export async function listSharing(storage: Storage, ownerId: string, now: Date): Promise<Sharing> {
  const at = now.toISOString();
  const [shares, invites] = await Promise.all([listActiveSharesOfPerson(storage.db, ownerId, at), listOpenInvites(storage.db, ownerId, at)]);
  return { shares: shares.map(asShare), invites };
}

/** The code is in the answer once and never again; only its hash is kept. The link carries it after `#`, so no server log or referrer sees it. */
export async function createShareInvite(storage: Storage, me: Me, terms: ShareTerms, origin: string, now: Date): Promise<CreatedShareInvite> {
  refuseTherapistAccount(me);
  const checked = checkTerms(terms, now);
  const code = newInviteCode();
  const invite: ShareInvite = {
    id: randomUUID(),
    scopes: checked.scopes,
    until: checked.until,
    createdAt: now.toISOString(),
    expiresAt: addDays(now, INVITE_VALID_DAYS).toISOString(),
  };
  await inTransaction(storage, async (db) => {
    await insertInvite(db, me.id, invite, inviteCodeHash(code));
    await recordAuditEvent(db, me.id, { kind: 'share-invite-created', detail: { inviteId: invite.id, scopes: invite.scopes.join(', '), until: invite.until } }, now);
  });
  return { ...invite, code, url: `${origin}/invite#${code}` };
}

export function cancelShareInvite(storage: Storage, ownerId: string, id: string, now: Date): Promise<void> {
  return inTransaction(storage, async (db) => {
    if (!(await deleteInvite(db, ownerId, id))) throw notFound('invite');
    await recordAuditEvent(db, ownerId, { kind: 'share-invite-cancelled', detail: { inviteId: id } }, now);
  });
}

/** Also renews a share that has run out: the person chooses a new "until". */
export async function updateShare(storage: Storage, me: Me, id: string, terms: ShareTerms, now: Date): Promise<Share> {
  refuseTherapistAccount(me);
  const checked = checkTerms(terms, now);
  return inTransaction(storage, async (db) => {
    if (!(await updateShareTerms(db, me.id, id, checked, now.toISOString()))) throw notFound('share');
    const share = await findShareOfPerson(db, me.id, id);
    if (!share) throw notFound('share');
    await recordAuditEvent(db, me.id, { kind: 'share-changed', detail: shareAuditDetail(share) }, now);
    return asShare(share);
  });
}

export function revokeShare(storage: Storage, ownerId: string, id: string, now: Date): Promise<void> {
  return inTransaction(storage, async (db) => {
    const share = await findShareOfPerson(db, ownerId, id);
    if (!share || !(await deleteShare(db, ownerId, id))) throw notFound('share');
    await recordAuditEvent(db, ownerId, { kind: 'share-revoked', detail: { shareId: share.id, therapist: share.therapist.name } }, now);
  });
}

/** The therapist's account name is shown to the person as who they share with; scopes and dates are plain facts. */
export function shareAuditDetail(share: ShareRecord): AuditDetail {
  return { shareId: share.id, therapist: share.therapist.name, scopes: share.scopes.join(', '), until: share.until };
}

export function asShare(share: ShareRecord): Share {
  return { id: share.id, therapist: share.therapist, scopes: share.scopes, until: share.until, createdAt: share.createdAt, updatedAt: share.updatedAt };
}

/** "until" against the server's clock: after now, and at most MAX_SHARE_DAYS ahead. */
function checkTerms(terms: ShareTerms, now: Date): ShareTerms {
  const until = normalizeTime(terms.until);
  if (until <= now.toISOString()) throw invalidFields({ until: 'must be in the future' });
  if (until > addDays(now, MAX_SHARE_DAYS).toISOString()) throw invalidFields({ until: `must be at most ${MAX_SHARE_DAYS} days from now` });
  return { scopes: SHARE_SCOPES.filter((scope) => terms.scopes.includes(scope)), until };
}

function refuseTherapistAccount(me: Me): void {
  if (me.role === 'therapist') {
    throw new ApiProblem(403, 'therapist_account', 'A therapist account reads what people share with it; it cannot share data of its own.');
  }
}
