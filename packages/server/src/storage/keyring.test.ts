import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDataDir } from '../test-support/test-server';
import { deleteAccount } from '../services/delete-account';
import { addUser } from '../services/users';
import { TEST_PASSWORD } from '../test-support/test-client';
import { keyringOf, ownerCipher } from './keyring';
import { openStorage, type Storage } from './open-storage';
import { insertUser } from './users-store';

const SEALED = ['moments', 'note'] as const;

describe('a person’s data key in memory', () => {
  let storage: Storage;
  let dataDir: string;
  const dropStoredKey = () => storage.db.deleteFrom('data_keys').where('owner_id', '=', 'sam').execute();
  beforeEach(async () => {
    dataDir = makeDataDir();
    storage = await openStorage({ dataDir });
    await insertUser(storage.db, { id: 'sam', name: 'sam', role: 'person', passwordHash: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
    // As a person from before data keys: ownerCipher makes sam's.
    await dropStoredKey();
    keyringOf(storage.db).forgetDataKey('sam');
  });
  afterEach(async () => {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is kept once read (or made) outside a transaction: the database is not asked again', async () => {
    const sealed = (await ownerCipher(storage.db, 'sam')).seal(...SEALED, 'a walk helped'); // made, committed, kept
    await dropStoredKey();
    expect((await ownerCipher(storage.db, 'sam')).open(...SEALED, sealed)).toBe('a walk helped');
    expect(await storage.db.selectFrom('data_keys').selectAll().execute()).toEqual([]);
  });

  it('is not kept when it was made in a transaction that rolled back', async () => {
    let sealed = '';
    await expect(
      storage.db.transaction().execute(async (trx) => {
        sealed = (await ownerCipher(trx, 'sam')).seal(...SEALED, 'never committed');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(keyringOf(storage.db).knownDataKey('sam')).toBeUndefined();
    // A kept key would open this; the one made now, and stored, cannot.
    const cipher = await ownerCipher(storage.db, 'sam');
    expect(() => cipher.open(...SEALED, sealed)).toThrow();
  });

  it('is not kept when it was only read inside a transaction', async () => {
    await storage.db.transaction().execute((trx) => ownerCipher(trx, 'sam'));
    await storage.db.transaction().execute((trx) => ownerCipher(trx, 'sam'));
    expect(keyringOf(storage.db).knownDataKey('sam')).toBeUndefined();
  });

  it('is forgotten when the account is deleted', async () => {
    const now = new Date();
    await addUser(storage, { name: 'owner', password: TEST_PASSWORD }, now);
    const ana = await addUser(storage, { name: 'ana', password: TEST_PASSWORD }, now);
    await ownerCipher(storage.db, ana.id);
    expect(keyringOf(storage.db).knownDataKey(ana.id)).toBeDefined();
    await deleteAccount(storage, ana, TEST_PASSWORD, '127.0.0.1', now);
    expect(keyringOf(storage.db).knownDataKey(ana.id)).toBeUndefined();
  });
});
