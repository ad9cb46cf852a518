import { listWrappedDataKeys, replaceWrappedDataKey } from './data-keys-store';
import { Keyring, keyringOf } from './keyring';
import type { Storage } from './open-storage';
import { KeyProblem, type ServerKey } from './server-key';

/**
 * Re-wraps every person's data key from the storage's server key to `next`, in one transaction:
 * all of them move, or none do. The data itself is not touched (it stays sealed under the same
 * data keys), so this takes a moment however much people have written. Run it with the server
 * stopped: a server still running with the old key would wrap new people's keys with it.
 */
export async function rotateServerKey(storage: Storage, next: ServerKey): Promise<{ rewrapped: number }> {
  const current = keyringOf(storage.db);
  if (next.id === current.serverKey.id) throw new KeyProblem(`The new key is the key already in use (${next.id}): make a new one with "mend keys generate <file>"`);
  const nextKeyring = new Keyring(next);
  return storage.db.transaction().execute(async (trx) => {
    const rows = await listWrappedDataKeys(trx);
    for (const row of rows) {
      const dataKey = current.unwrap(row.owner_id, row);
      await replaceWrappedDataKey(trx, row.owner_id, nextKeyring.wrap(row.owner_id, dataKey));
    }
    return { rewrapped: rows.length };
  });
}
