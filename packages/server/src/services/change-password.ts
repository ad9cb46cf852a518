import type { Me, PasswordChange } from '@mend/core';
import type { Storage } from '../storage/open-storage';
import { inTransaction } from '../storage/transaction';
import { updatePasswordHash } from '../storage/users-store';
import { recordAuditEvent } from './audit-log';
import { confirmPassword } from './password-check';
import { hashPassword } from './passwords';
import { endSessionsOf } from './sessions';

/**
 * A new password ends every other session: whoever else had one (a lost phone, someone who knew
 * the old password) is out. This browser stays signed in. Tokens keep working.
 */
export async function changePassword(storage: Storage, me: Me, currentSessionId: string, change: PasswordChange, address: string, now: Date): Promise<void> {
  await confirmPassword(storage, me, { field: 'currentPassword', password: change.currentPassword }, address, now);
  const passwordHash = await hashPassword(change.newPassword);
  await inTransaction(storage, async (db) => {
    await updatePasswordHash(db, me.id, passwordHash);
    const ended = await endSessionsOf(db, me.id, currentSessionId);
    await recordAuditEvent(db, me.id, { kind: 'password-changed', detail: { otherSessionsEnded: ended } }, now);
  });
}
