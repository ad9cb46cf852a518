import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../storage/open-storage';
import { makeDataDir } from '../test-support/test-server';
import { holdAnswersUntilCommitted, NOT_SAVED_BODY } from './committed-answers';

const storages: Storage[] = [];
afterEach(async () => {
  for (const storage of storages.splice(0)) await storage.close();
});

/**
 * Mend's real SQLite storage with two scratch tables, one of whose rows can only fail at commit
 * (a deferred foreign key): the one way to make a group commit fail on purpose.
 */
async function appWithStorage() {
  const storage = await openStorage({ dataDir: makeDataDir() });
  storages.push(storage);
  await sql`create table scratch_parents (id text primary key)`.execute(storage.db);
  await sql`create table scratch_children (id text primary key, parent_id text not null references scratch_parents (id) deferrable initially deferred)`.execute(storage.db);
  const app = Fastify();
  holdAnswersUntilCommitted(app, storage);
  const scratch = storage.db.withTables<{ scratch_parents: { id: string }; scratch_children: { id: string; parent_id: string } }>();
  app.get('/api/parents', async (request) => {
    const { alsoWrite } = request.query as { alsoWrite?: string };
    // Another request's write, in flight while this one reads (run here so the timing is certain).
    if (alsoWrite) {
      void scratch.insertInto('scratch_parents').values({ id: alsoWrite }).execute().catch(() => {});
      if (alsoWrite === 'doomed') void scratch.insertInto('scratch_children').values({ id: 'c', parent_id: 'nobody' }).execute().catch(() => {});
    }
    return scratch.selectFrom('scratch_parents').select('id').execute();
  });
  app.get('/not-api', async () => 'plain');
  return { app, storage };
}

describe('answers wait for the writes being committed', () => {
  it('sends an answer that read a write in flight once that write is on the disk', async () => {
    const { app, storage } = await appWithStorage();
    const response = await app.inject({ method: 'GET', url: '/api/parents?alsoWrite=p1' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([{ id: 'p1' }]);
    expect(storage.failedCommits()).toBe(0);
  });

  it('answers 503 not_saved instead of what it read, when that commit failed, and carries on afterwards', async () => {
    const { app, storage } = await appWithStorage();
    const response = await app.inject({ method: 'GET', url: '/api/parents?alsoWrite=doomed' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toBe(NOT_SAVED_BODY);
    expect(response.headers['retry-after']).toBe('5');
    expect(storage.failedCommits()).toBe(1);
    // Nothing of that group was kept, and the next request is answered as usual.
    const next = await app.inject({ method: 'GET', url: '/api/parents' });
    expect(next.statusCode).toBe(200);
    expect(next.json()).toEqual([]);
  });

  it('leaves answers outside the API alone', async () => {
    const { app } = await appWithStorage();
    expect((await app.inject({ method: 'GET', url: '/not-api' })).body).toBe('plain');
  });
});
