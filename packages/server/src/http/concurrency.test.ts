import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario, type PersonRecord, type ScenarioResult } from '../test-support/concurrency-scenario';
import { createClock } from '../test-support/test-clock';
import { TestClient } from '../test-support/test-client';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../test-support/test-postgres';
import { startTestServer, type TestServer } from '../test-support/test-server';

/**
 * Issue 6: "50 clients editing and logging at once lose no update". The real server, real HTTP,
 * 50 clients in parallel (see concurrency-scenario.ts); then the database is held to everything
 * the clients were told: every acknowledged moment there exactly once, as many versions as
 * successful edits, the last successful edit's content, no 5xx, nobody seeing anyone else's.
 * On PostgreSQL two server instances share the database, so the compare-and-set in SQL (not a
 * lock in one process) is what keeps two edits from the same version from both winning.
 */
const TIMEOUT = 300_000;

describe('50 clients at once on SQLite', () => {
  let server: TestServer;
  let result: ScenarioResult;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    result = await runScenario([server.url]);
  }, TIMEOUT);
  afterAll(() => server?.close());

  it('loses no update, answers no 5xx and keeps people apart', async () => {
    await expectNothingLost(result, server.url);
  }, TIMEOUT);
});

describe.skipIf(!testPostgresUrl)('50 clients at once on PostgreSQL, over two server instances', () => {
  const servers: TestServer[] = [];
  let database: TestDatabase | undefined;
  let result: ScenarioResult;

  beforeAll(async () => {
    database = await createTestDatabase(testPostgresUrl!, 'mend_concurrency');
    const clock = createClock();
    // Several processes on one database share one server key (MEND_SERVER_KEY), as they would in production.
    const serverKey = randomBytes(32).toString('base64');
    // One after the other: both would run the migrations otherwise.
    for (let n = 0; n < 2; n++) servers.push(await startTestServer({ clock, config: { databaseUrl: database.url, openRegistration: true, serverKey } }));
    result = await runScenario(servers.map((server) => server.url));
  }, TIMEOUT);
  afterAll(async () => {
    for (const server of servers) await server.close();
    await database?.drop();
  });

  it('loses no update, answers no 5xx and keeps people apart', async () => {
    await expectNothingLost(result, servers[1]!.url);
  }, TIMEOUT);
});

async function expectNothingLost(result: ScenarioResult, url: string): Promise<void> {
  expect(result.problems).toEqual([]);
  expect([...result.statuses.keys()].filter((status) => status >= 500 || status === 0)).toEqual([]);
  const edits = (prefix: string) =>
    result.people.flatMap((person) => [...person.edits].filter(([record]) => record.startsWith(prefix)).flatMap(([, list]) => list)).length;
  // Contention is the point: a run without a single 409 would not have tested anything.
  expect(result.conflicts.moment + result.conflicts.safetyPlan + result.conflicts.path).toBeGreaterThan(0);

  const readers = await Promise.all(result.people.map(async (person) => {
    const reader = new TestClient(url);
    await reader.login(person.name);
    return reader;
  }));
  for (const [index, person] of result.people.entries()) await expectPersonIntact(readers[index]!, person, result.people);

  // The figures for docs/security.md and bench/README.md.
  console.log(
    `concurrency: ${result.requests} requests in ${result.milliseconds} ms; ${result.people.reduce((sum, person) => sum + person.logged.size, 0)} moments logged, ` +
      `edits saved: ${edits('moment:')} moment, ${edits('safety-plan')} safety plan, ${edits('path')} path; ${[...result.people].reduce((sum, person) => sum + [...person.answers.values()].reduce((a, b) => a + b, 0), 0)} follow-ups answered; ` +
      `409s: ${result.conflicts.moment} moment, ${result.conflicts.safetyPlan} safety plan, ${result.conflicts.path} path; statuses ${JSON.stringify(Object.fromEntries(result.statuses))}`,
  );
}

async function expectPersonIntact(reader: TestClient, person: PersonRecord, everyone: readonly PersonRecord[]): Promise<void> {
  const stored = await allMoments(reader);
  const ids = stored.map((moment) => moment.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(ids)).toEqual(new Set([...person.logged.keys(), ...person.sharedMomentIds, ...person.answerMomentIds]));
  const byId = new Map(stored.map((moment) => [moment.id, moment]));
  for (const [id, note] of person.logged) expect(byId.get(id)?.note).toBe(note);

  for (const id of person.sharedMomentIds) {
    const moment = byId.get(id)!;
    expectEditsAccountFor(person.edits.get(`moment:${id}`) ?? [], moment.version, 1, moment.note);
  }
  for (const id of person.answerMomentIds) {
    const moment = byId.get(id)!;
    const answered = person.answers.get(id) ?? 0;
    expect(moment.followUps).toHaveLength(answered);
    expect(moment.version).toBe(1 + answered);
  }

  const plan = (await reader.get('/safety-plan')).body;
  expectEditsAccountFor(person.edits.get('safety-plan') ?? [], plan.version, 0, plan.reasons[0]);
  const path = (await reader.get('/path')).body;
  expectEditsAccountFor(person.edits.get('path') ?? [], path.version, 0, path.plan?.time);

  for (const other of everyone.filter((someone) => someone !== person)) {
    expect((await reader.get(`/moments/${other.sharedMomentIds[0]}`)).status).toBe(404);
  }
}

/**
 * Each successful edit made exactly one version (start+1 … final, none twice), and what is stored
 * is what the last of them wrote.
 */
function expectEditsAccountFor(edits: ReadonlyArray<{ version: number; content: string }>, finalVersion: number, startVersion: number, stored: unknown): void {
  const versions = edits.map((edit) => edit.version).sort((a, b) => a - b);
  expect(versions).toEqual(Array.from({ length: finalVersion - startVersion }, (_, n) => startVersion + 1 + n));
  if (edits.length) expect(stored).toBe(edits.find((edit) => edit.version === finalVersion)?.content);
}

async function allMoments(reader: TestClient): Promise<Array<{ id: string; note: string | null; version: number; followUps: unknown[] }>> {
  const moments: Array<{ id: string; note: string | null; version: number; followUps: unknown[] }> = [];
  let cursor: string | null = null;
  do {
    const page: { moments: typeof moments; nextCursor: string | null } = (await reader.get(`/moments?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
    moments.push(...page.moments);
    cursor = page.nextCursor;
  } while (cursor);
  return moments;
}
