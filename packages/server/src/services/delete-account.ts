import type { Me } from '@mend/core';
import { ApiProblem } from '../api-problem';
import { deleteAccountRows } from '../storage/account-store';
import { forgetDataKey } from '../storage/keyring';
import type { Db } from '../storage/database';
import { deleteInvitesOf } from '../storage/share-invites-store';
import { deleteSharesOfPerson, deleteSharesWithTherapist } from '../storage/shares-store';
import { deleteSuggestionsFor, deleteSuggestionsFromTherapist } from '../storage/therapist-suggestions-store';
import type { Storage } from '../storage/open-storage';
import { inTransaction } from '../storage/transaction';
import { countUsers } from '../storage/users-store';
import { confirmPassword } from './password-check';

/**
 * Deletes the account and every row of its data in one transaction, after the password is typed
 * again. The owner looks after this Mend for everyone on it, so they go last. The owner rule is
 * checked before the password, so its answer says nothing about whether the password was right,
 * and the password is counted with sign-in's failures like every other password typed again.
 */
export async function deleteAccount(storage: Storage, me: Me, password: string, address: string, now: Date): Promise<void> {
  if (me.role === 'owner' && (await countUsers(storage.db)) > 1) throw ownerGoesLast();
  await confirmPassword(storage, me, { field: 'password', password }, address, now);
  await inTransaction(storage, async (db) => {
    // Checked again here: someone may have registered while the password was checked.
    if (me.role === 'owner' && (await countUsers(db)) > 1) throw ownerGoesLast();
    await deleteSharingRows(db, me.id);
    await deleteAccountRows(db, me.id);
  });
  forgetDataKey(storage.db, me.id);
}

/**
 * Sharing rows name two accounts: the person's (owner_id) and the therapist's. Whichever of the
 * two goes, the share, its invites and the suggestions between them go too.
 */
async function deleteSharingRows(db: Db, userId: string): Promise<void> {
  await deleteSuggestionsFor(db, userId);
  await deleteSuggestionsFromTherapist(db, userId);
  await deleteInvitesOf(db, userId);
  await deleteSharesOfPerson(db, userId);
  await deleteSharesWithTherapist(db, userId);
}

function ownerGoesLast(): ApiProblem {
  return new ApiProblem(
    409,
    'conflict',
    'You are the owner: you look after this Mend for the other people on it, so your account cannot be deleted while theirs exist. Their accounts stay as they are.',
  );
}
