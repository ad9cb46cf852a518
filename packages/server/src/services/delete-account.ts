import { ApiProblem } from '../api-problem';
import { deleteAccountRows } from '../storage/account-store';
import type { Storage } from '../storage/open-storage';
import { inTransaction } from '../storage/transaction';
import { countUsers, findUserById } from '../storage/users-store';
import { verifyPassword } from './passwords';

/**
 * Deletes the account and every row of its data in one transaction, after the password is typed
 * again. The owner looks after this Mend for everyone on it, so they go last.
 */
export async function deleteAccount(storage: Storage, userId: string, password: string): Promise<void> {
  const user = await findUserById(storage.db, userId);
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    throw new ApiProblem(403, 'forbidden', 'That password is not right, so nothing was deleted.', { password: 'does not match this account' });
  }
  await inTransaction(storage, async (db) => {
    if (user.role === 'owner' && (await countUsers(db)) > 1) {
      throw new ApiProblem(
        409,
        'conflict',
        'You are the owner: you look after this Mend for the other people on it, so your account cannot be deleted while theirs exist. Their accounts stay as they are.',
      );
    }
    await deleteAccountRows(db, userId);
  });
}
