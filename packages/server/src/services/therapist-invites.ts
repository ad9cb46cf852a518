import { randomUUID } from 'node:crypto';
import type { AccountRef, Me, SharedPerson, TherapistRegistration } from '@mend/core';
import { ApiProblem } from '../api-problem';
import type { Db } from '../storage/database';
import type { Storage } from '../storage/open-storage';
import { deleteInvite, findUsableInviteByHash } from '../storage/share-invites-store';
import { findShareBetween, insertShare, updateShareTerms, type ShareRecord } from '../storage/shares-store';
import { countOpenSuggestionsFrom } from '../storage/therapist-suggestions-store';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { inviteCodeHash } from './invite-codes';
import { shareAuditDetail } from './sharing';
import { requireTherapist } from './therapist-access';
import { createUser } from './users';

/** Unknown, used, expired: one answer, so trying codes tells nothing about which exist. */
function inviteNotFound(): ApiProblem {
  return new ApiProblem(404, 'invite_not_found', 'This invite code does not work: it may have been used already, withdrawn, or be more than a week old. Ask for a new one.');
}

export function acceptShareInvite(storage: Storage, me: Me, code: string, now: Date): Promise<SharedPerson> {
  const therapist = requireTherapist(me);
  return inTransaction(storage, (db) => acceptInviteIn(db, therapist, code, now));
}

/**
 * A therapist account made with an invite: allowed where sign-up is closed, since the person's
 * invite is the permission. The account and the share land together or not at all.
 */
export async function registerTherapist(storage: Storage, registration: TherapistRegistration, now: Date): Promise<Me> {
  // Asked before the (slow) password hash; asked again, and used, inside the transaction.
  if (!(await findUsableInviteByHash(storage.db, inviteCodeHash(registration.code), now.toISOString()))) throw inviteNotFound();
  return createUser(storage, { name: registration.name, password: registration.password }, now, {
    onlyTheOwner: false,
    role: 'therapist',
    alsoInTransaction: async (db, created) => {
      await acceptInviteIn(db, { id: created.id, name: created.name }, registration.code, now);
    },
  });
}

/**
 * Uses the invite once (its row goes, and only one of two racing accepts deletes it). From a
 * person who already shares with this therapist, it replaces that share's terms.
 */
async function acceptInviteIn(db: Db, therapist: AccountRef, code: string, now: Date): Promise<SharedPerson> {
  const at = now.toISOString();
  const invite = await findUsableInviteByHash(db, inviteCodeHash(code), at);
  if (!invite || !(await deleteInvite(db, invite.ownerId, invite.id))) throw inviteNotFound();
  const terms = { scopes: invite.scopes, until: invite.until };
  const existing = await findShareBetween(db, invite.ownerId, therapist.id);
  // A share that has run out is gone for the person (their list no longer shows it): sharing again
  // starts a new one, with "shared since" from now.
  const live = existing !== undefined && existing.until > at;
  if (live) await updateShareTerms(db, invite.ownerId, existing.id, terms, at);
  else await insertShare(db, invite.ownerId, therapist.id, { id: randomUUID(), ...terms }, at);
  const share = await findShareBetween(db, invite.ownerId, therapist.id);
  if (!share) throw new Error('the share just written is not there');
  await recordAuditEvent(db, invite.ownerId, { kind: live ? 'share-changed' : 'share-started', detail: { ...shareAuditDetail(share), inviteId: invite.id } }, now);
  return sharedPersonOf(db, share);
}

export async function sharedPersonOf(db: Db, share: ShareRecord): Promise<SharedPerson> {
  return {
    personId: share.person.id,
    name: share.person.name,
    scopes: share.scopes,
    until: share.until,
    sharedSince: share.createdAt,
    openSuggestions: await countOpenSuggestionsFrom(db, share.person.id, share.therapist.id),
  };
}
