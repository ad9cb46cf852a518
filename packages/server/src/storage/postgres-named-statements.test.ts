import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedMoment } from '../test-support/factories';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../test-support/test-postgres';
import { makeDataDir } from '../test-support/test-server';
import { getMoment, insertMoment } from './moments-store';
import { openStorage, type Storage } from './open-storage';
import { insertUser } from './users-store';

describe.skipIf(!testPostgresUrl)('named statements on PostgreSQL', () => {
  let database: TestDatabase | undefined;
  let storage: Storage;
  let raw: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase(testPostgresUrl!);
    storage = await openStorage({ dataDir: makeDataDir(), databaseUrl: database.url });
    raw = new pg.Client({ connectionString: database.url });
    await raw.connect();
    await insertUser(storage.db, { id: 'sam', name: 'sam', role: 'person', passwordHash: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
    await insertMoment(storage.db, 'sam', exportedMoment({ id: 'm1', note: 'a walk' }));
  });
  afterAll(async () => {
    await raw?.end();
    await storage?.close();
    await database?.drop();
  });

  it('prepares each query once per connection, by name', async () => {
    for (let i = 0; i < 3; i++) expect((await getMoment(storage.db, 'sam', 'm1'))?.note).toBe('a walk');
    const prepared = await preparedOnServer(storage);
    expect(prepared.some((statement) => statement.startsWith('select * from "moments" where "owner_id" = $1 and "id" = $2'))).toBe(true);
  });

  it('keeps answering after another process changes the columns under a prepared select *', async () => {
    // Prepared on every pool connection the query may land on.
    await Promise.all(Array.from({ length: 12 }, () => getMoment(storage.db, 'sam', 'm1')));
    await raw.query('alter table moments add column added_by_an_upgrade text');
    const again = await Promise.all(Array.from({ length: 12 }, () => getMoment(storage.db, 'sam', 'm1')));
    expect(again.map((moment) => moment?.note)).toEqual(Array(12).fill('a walk'));
  });
});

/** The statements prepared on the connection that runs this query (one of the pool's). */
async function preparedOnServer(storage: Storage): Promise<string[]> {
  const rows = await sql<{ statement: string }>`select statement from pg_prepared_statements where statement <> ${''}`.execute(storage.db);
  return rows.rows.map((row) => row.statement);
}
