import type { Db } from './database';
import { insertWrappedDataKey, listUsersWithoutDataKey, otherServerKeyIds } from './data-keys-store';
import { ENCRYPTED_COLUMNS, type EncryptedColumn, type EncryptedTable } from './field-cipher';
import { keyringOf, ownerCipher } from './keyring';
import { findPlaintextFields, replacePlaintextField } from './plaintext-fields-store';
import { KeyProblem } from './server-key';

const BATCH = 500;

/**
 * Start-up, before serving: refuses a server key the data was not written with, gives every
 * person a data key, and seals any free text still stored plain (rows from before encryption).
 * Idempotent: a second start finds nothing to do. Returns how many values it sealed.
 */
export async function prepareEncryptionAtRest(db: Db, now: Date): Promise<number> {
  const keyring = keyringOf(db);
  const others = await otherServerKeyIds(db, keyring.serverKey.id);
  if (others.length > 0) {
    const which = others.map((other) => `${other.serverKeyId} (${other.count} ${other.count === 1 ? 'person' : 'people'})`).join(', ');
    throw new KeyProblem(
      `This database's data keys are wrapped by server key ${which}, but this server was given key ${keyring.serverKey.id}. Start it with the key the data was written with (MEND_KEY_FILE, MEND_SERVER_KEY or <data dir>/server.key); to change keys, use "mend keys rotate".`,
    );
  }
  for (const ownerId of await listUsersWithoutDataKey(db)) {
    await insertWrappedDataKey(db, ownerId, keyring.newDataKey(ownerId).wrapped, now.toISOString());
  }
  let sealed = 0;
  for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
    for (const column of ENCRYPTED_COLUMNS[table].columns) sealed += await sealColumn(db, table, column);
  }
  return sealed;
}

async function sealColumn(db: Db, table: EncryptedTable, column: EncryptedColumn<EncryptedTable>): Promise<number> {
  let sealed = 0;
  for (;;) {
    const fields = await findPlaintextFields(db, table, column, BATCH);
    for (const field of fields) {
      const cipher = await ownerCipher(db, field.ownerId);
      await replacePlaintextField(db, table, column, field, cipher.seal(table, column, field.value));
    }
    sealed += fields.length;
    if (fields.length < BATCH) return sealed;
  }
}
