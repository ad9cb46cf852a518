import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataDir } from '../test-support/test-server';
import { compiledOnce } from './compiled-once';
import { openStorage, type Storage } from './open-storage';
import { insertUser } from './users-store';

const userNamed = compiledOnce((db, values: { id: string; role: string }) =>
  db.selectFrom('users').select(['id', 'name']).where('id', '=', values.id).where('role', '=', values.role),
);

describe('compiledOnce', () => {
  let storage: Storage;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = makeDataDir();
    storage = await openStorage({ dataDir });
    for (const [id, role] of [['sam', 'person'], ['kim', 'therapist']]) {
      await insertUser(storage.db, { id: id!, name: `${id}-name`, role: role as 'person', passwordHash: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
    }
  });
  afterAll(async () => {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the one compiled query with each call\'s values, in a transaction too', async () => {
    expect((await userNamed(storage.db, { id: 'sam', role: 'person' })).rows).toEqual([{ id: 'sam', name: 'sam-name' }]);
    expect((await userNamed(storage.db, { role: 'therapist', id: 'kim' })).rows).toEqual([{ id: 'kim', name: 'kim-name' }]);
    expect((await userNamed(storage.db, { id: 'kim', role: 'person' })).rows).toEqual([]);
    const inTransaction = await storage.db.transaction().execute((trx) => userNamed(trx, { id: 'sam', role: 'person' }));
    expect(inTransaction.rows).toEqual([{ id: 'sam', name: 'sam-name' }]);
  });

  it('refuses a query whose shape depends on a value, and a call with other names', async () => {
    const shaped = compiledOnce((db, values: { id: string }) => db.selectFrom('users').select('id').where('id', '=', `${String(values.id)}`));
    await expect(shaped(storage.db, { id: 'sam' })).rejects.toThrow(/not one of its values/);
    await expect(userNamed(storage.db, { id: 'sam' } as { id: string; role: string })).rejects.toThrow(/called with id, compiled with/);
  });
});
