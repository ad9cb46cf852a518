import { afterEach, describe, expect, it } from 'vitest';
import { uniqueName } from '../test-support/factories';
import { TEST_PASSWORD } from '../test-support/test-client';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../test-support/test-postgres';
import { startTestServer, type TestServer } from '../test-support/test-server';

const WRONG = 'not the password at all';
const databases = [{ name: 'SQLite', postgres: false }, ...(testPostgresUrl ? [{ name: 'PostgreSQL', postgres: true }] : [])];

/**
 * Guesses sent all at once are counted one by one, on both databases: on PostgreSQL a counter row
 * that does not exist yet used to lock nothing, so a burst at a fresh key counted as one failure.
 */
describe.each(databases)('a burst of wrong sign-ins at once ($name)', ({ postgres }) => {
  let server: TestServer;
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await server.close();
    await database?.drop();
    database = undefined;
  });

  async function start(): Promise<void> {
    database = postgres ? await createTestDatabase(testPostgresUrl!) : undefined;
    server = await startTestServer({ config: { openRegistration: true, ...(database && { databaseUrl: database.url }) } });
  }

  const login = (name: string, password: string) => server.client().post('/auth/login', { name, password });

  it('lets exactly 5 of 20 guesses at one name be checked; the rest wait', async () => {
    await start();
    const name = uniqueName();
    await server.client().register(name);
    const statuses = (await Promise.all(Array.from({ length: 20 }, () => login(name, WRONG)))).map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    expect((await login(name, TEST_PASSWORD)).status).toBe(429);
  });

  it('counts 20 guesses at 20 names from one address as 20, so the next one waits', async () => {
    await start();
    const name = uniqueName();
    await server.client().register(name);
    const statuses = (await Promise.all(Array.from({ length: 20 }, (_, index) => login(`burst-${index}`, WRONG)))).map((response) => response.status);
    expect(statuses).toEqual(Array(20).fill(401));
    expect((await login(name, TEST_PASSWORD)).status).toBe(429);
  });
});
