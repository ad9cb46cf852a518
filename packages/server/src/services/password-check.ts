import type { Me } from '@mend/core';
import { ApiProblem } from '../api-problem';
import type { Storage } from '../storage/open-storage';
import { findUserById } from '../storage/users-store';
import { verifyPassword } from './passwords';
import { accountKey, addressKey, beginAttempt } from './sign-in-throttle';

/**
 * The password typed again for a change that matters (a new password, the app lock). Counted
 * with sign-in's failures, so a left-open browser cannot be used to guess the password faster
 * than the sign-in form allows.
 */
export async function confirmPassword(
  storage: Storage,
  me: Me,
  typed: { field: string; password: string },
  address: string,
  now: Date,
): Promise<void> {
  const attempt = await beginAttempt(storage, [accountKey(me.name), addressKey(address)], now);
  const user = await findUserById(storage.db, me.id);
  if (!user || !(await verifyPassword(user.passwordHash, typed.password))) {
    throw new ApiProblem(403, 'wrong_password', 'That password is not right, so nothing was changed.', { [typed.field]: 'does not match this account' });
  }
  await attempt.succeeded();
}
