import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem } from '../api-problem';
import { openStorage, type Storage } from '../storage/open-storage';
import { FIXED_NOW } from '../test-support/test-clock';
import { makeDataDir } from '../test-support/test-server';
import { addUser, findUserByName, verifyLogin } from './users';

describe('users (as the CLI uses them)', () => {
  let storage: Storage;
  let dataDir: string;
  const now = new Date(FIXED_NOW);
  beforeAll(async () => {
    dataDir = makeDataDir();
    storage = await openStorage({ dataDir });
  });
  afterAll(async () => {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes the first user the owner and later ones persons', async () => {
    const owner = await addUser(storage, { name: 'Ada', password: 'a long password' }, now);
    expect(owner).toEqual({ id: expect.any(String), name: 'Ada', role: 'owner', createdAt: FIXED_NOW });
    expect((await addUser(storage, { name: 'Bo', password: 'a long password' }, now)).role).toBe('person');
  });

  it('finds users by name whatever the case', async () => {
    expect((await findUserByName(storage, 'ADA'))?.name).toBe('Ada');
    expect(await findUserByName(storage, 'nobody')).toBeNull();
  });

  it('throws a 409 problem when the name is taken', async () => {
    const attempt = addUser(storage, { name: 'ada', password: 'a long password' }, now);
    await expect(attempt).rejects.toBeInstanceOf(ApiProblem);
    await expect(attempt).rejects.toMatchObject({ statusCode: 409, code: 'conflict', fields: { name: 'is already taken' } });
  });

  it('throws a 400 problem naming bad fields', async () => {
    await expect(addUser(storage, { name: 'with space', password: 'short' }, now)).rejects.toMatchObject({
      statusCode: 400,
      fields: { name: expect.any(String), password: expect.any(String) },
    });
  });

  it('stores an argon2id hash and verifies the password', async () => {
    const row = await storage.db.selectFrom('users').select('password_hash').where('name', '=', 'Ada').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect((await verifyLogin(storage, { name: 'ada', password: 'a long password' })).name).toBe('Ada');
    await expect(verifyLogin(storage, { name: 'ada', password: 'wrong password' })).rejects.toMatchObject({ statusCode: 401 });
  });
});
