import { ApiErrorSchema, ENDPOINT_SCOPES, type EndpointName } from '@mend/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment, createPractice } from '../test-support/factories';
import { changedTables, DatabaseSnapshots, type Snapshot } from '../test-support/database-snapshot';
import { requestsFor, strayRequest, type FuzzRequest } from '../test-support/fuzz-requests';
import { documentedOperations, type Operation } from '../test-support/openapi-operations';
import { RawHttp, type RawResponse } from '../test-support/raw-http';
import { createToken, refreshIds, seedPerson, type SeededPerson } from '../test-support/seed-person';
import type { TestResponse } from '../test-support/test-client';
import { startTestServer, type TestServer } from '../test-support/test-server';

/** Replay a failure with the seed it printed; raise the count for a longer hunt. */
const SEED = Number(process.env.MEND_FUZZ_SEED ?? 20_261_201);
const RUNS = Number(process.env.MEND_FUZZ_RUNS ?? 10_000);

/** Operations whose success can delete or edit the moment or practice the examples aim at. */
const CHANGES_EXAMPLE_TARGETS = new Set(['deleteMoment', 'updateMoment', 'answerFollowUp', 'skipFollowUp', 'deletePractice', 'importData', 'importDaylio']);

/**
 * Operations whose success uses up or changes what the sharing examples aim at: an invite used or
 * withdrawn, a share revoked or narrowed, a suggestion answered. refreshIds makes new ones.
 */
const CHANGES_SHARING_TARGETS = new Set(['cancelShareInvite', 'updateShare', 'revokeShare', 'answerTherapistSuggestion', 'acceptShareInvite', 'registerTherapist']);

/** Operations that check a password or the app-lock PIN. */
const SECRET_CHECKS = new Set(['login', 'unlockApp', 'changePassword', 'setAppLock', 'deleteAccount']);

/**
 * Writes a refused request is meant to make: counting wrong passwords and PINs is what slows a
 * guesser down, and the fifth wrong PIN ends that session. Nothing else may change.
 */
function expectedWrites(request: FuzzRequest): string[] {
  if (!SECRET_CHECKS.has(request.operation)) return [];
  return request.operation === 'unlockApp' ? ['sign_in_throttles', 'sessions'] : ['sign_in_throttles'];
}

/** The rows only one side has, for a failure's message. */
function rowsDiff(before = '[]', after = '[]'): string {
  const [old, now] = [JSON.parse(before) as unknown[], JSON.parse(after) as unknown[]].map((rows) => rows.map((row) => JSON.stringify(row)));
  return `gone ${old!.filter((row) => !now!.includes(row)).join(' ').slice(0, 1000)}; new ${now!.filter((row) => !old!.includes(row)).join(' ').slice(0, 1000)}`;
}

function describeRequest(request: FuzzRequest, response: RawResponse): string {
  const body = request.body === null ? '(none)' : request.body.length > 600 ? `${request.body.slice(0, 600)}… (${request.body.length} chars)` : request.body;
  return [
    `${request.method} ${request.path.slice(0, 300)} [${request.operation}, auth: ${request.auth}]`,
    `headers: ${JSON.stringify({ ...request.headers, cookie: request.headers.cookie && '(…)', authorization: request.headers.authorization && '(…)' })}`,
    `body: ${body}`,
    `→ ${response.status} ${response.headers['content-type'] ?? ''} ${response.text.slice(0, 600)}`,
    `replay: MEND_FUZZ_SEED=${SEED} MEND_FUZZ_RUNS=${RUNS}`,
  ].join('\n');
}

describe('fuzzing every documented operation with generated and mutated requests', () => {
  let server: TestServer;
  let snapshots: DatabaseSnapshots;
  let raw: RawHttp;
  let person: SeededPerson;
  let operations: Operation[];
  let token = '';

  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    person = await seedPerson(server.client(), 'fuzz-owner', 'zqfuzzq');
    // Another account, so the owner cannot delete theirs (the fuzzer's session outlives every
    // request), and someone else's rows are there to be wrongly touched.
    await seedPerson(server.client(), 'fuzz-neighbour', 'zqneighbourq');
    operations = await documentedOperations(person.client);
    token = (await createToken(person.client, 'fuzz token')).secret;
    // Its first use is written down (lastUsedAt), refused or not: get that write out of the way.
    await person.client.get('/me', { anonymous: true, headers: { authorization: `Bearer ${token}` } });
    raw = new RawHttp(server.url);
    snapshots = new DatabaseSnapshots(server.dataDir);
  });
  afterAll(async () => {
    raw.close();
    snapshots.close();
    await server.close();
  });

  /**
   * Sends a request the fuzzer needs to get through, waiting out on the test clock any slowing
   * down that the fuzzer's own wrong passwords brought on.
   */
  async function unthrottled(what: string, send: () => Promise<TestResponse>): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await send();
      if (response.status === 200) return;
      if (response.status !== 429) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
      server.clock.advance((Number(response.headers.get('retry-after') ?? 1) + 1) * 1000);
      // The token's and the session's last use are written at most once a minute: write them now,
      // or the next refused request would be the one to write them.
      await person.client.get('/me');
      await person.client.get('/me', { anonymous: true, headers: { authorization: `Bearer ${token}` } });
    }
    throw new Error(`${what}: still rate limited`);
  }

  /** Signs the fuzzer's person in again when a request signed them out or locked the session. */
  async function ensureSignedIn(): Promise<void> {
    if ((await person.client.get('/me')).status === 200) return;
    await unthrottled('signing in again', () => person.client.post('/auth/login', { name: person.ids.name, password: person.ids.password }));
  }

  /** A changed example got through and changed the password: change it back, so the examples' password still works. */
  async function restorePassword(request: FuzzRequest): Promise<void> {
    const { newPassword } = JSON.parse(request.body ?? '{}') as { newPassword: string };
    await unthrottled('changing the password back', () => person.client.put('/me/password', { currentPassword: newPassword, newPassword: person.ids.password }));
  }

  /**
   * The examples aim at one moment (at version 1) and one practice. When a request got through
   * and deleted or edited one, it is made again as it was, so later examples still reach the
   * checks that only run on something that exists.
   */
  async function restoreExampleTargets(): Promise<void> {
    const moment = await person.client.get(`/moments/${person.ids.momentId}`);
    if (moment.status === 200 && moment.body.version !== person.ids.momentVersion) await person.client.delete(`/moments/${person.ids.momentId}`);
    if (moment.status !== 200 || moment.body.version !== person.ids.momentVersion) {
      const again = await person.client.post('/moments', createMoment({ id: person.ids.momentId }));
      if (again.status !== 201) throw new Error(`making the example moment again: ${again.status} ${JSON.stringify(again.body)}`);
    }
    if ((await person.client.get(`/practices/${person.ids.practiceId}`)).status === 404) {
      const again = await person.client.post('/practices', createPractice({ id: person.ids.practiceId }));
      if (again.status !== 201) throw new Error(`making the example practice again: ${again.status} ${JSON.stringify(again.body)}`);
    }
  }

  it(`sends ${RUNS} requests: no 5xx, every 4xx a JSON error with a message, nothing written by a refused one`, async () => {
    const credentials = { sessionCookie: () => person.client.sessionCookie ?? '', therapistCookie: () => person.therapist.sessionCookie ?? '', token };
    // A request sent with another method is counted (and judged) as the operation it reaches.
    const operationAt = (path: string, method: string) => operations.find((other) => other.path === path && other.method === method)?.name;
    const byOperation = operations.map((operation) => requestsFor(operation, person.ids, credentials, operationAt));
    const anyRequest = fc.oneof({ arbitrary: fc.oneof(...byOperation), weight: 60 }, { arbitrary: strayRequest, weight: 1 });
    const statuses = new Map<number, number>();
    const perOperation = new Map<string, { ok: number; refused: number }>();
    let baseline: Snapshot = snapshots.take();
    let baselineVersion = snapshots.version();
    const started = performance.now();
    // The server runs in this process: its CPU time and the fuzzer's, apart from waiting on a busy machine.
    const cpuAtStart = process.cpuUsage();

    await fc.assert(
      fc.asyncProperty(anyRequest, async (request) => {
        const response = await raw.send(request.method, request.path, request.headers, request.body);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const tally = perOperation.get(request.operation) ?? { ok: 0, refused: 0 };
        perOperation.set(request.operation, tally);
        const what = describeRequest(request, response);
        if (response.status >= 500) throw new Error(`a ${response.status}:\n${what}`);
        if (response.status >= 400) {
          tally.refused++;
          if (!String(response.headers['content-type']).startsWith('application/json')) throw new Error(`a ${response.status} that is not JSON:\n${what}`);
          const parsed = ApiErrorSchema.safeParse(JSON.parse(response.text));
          if (!parsed.success || parsed.data.error.message.trim() === '') throw new Error(`a ${response.status} without the error shape and a message:\n${what}`);
          const allowed = expectedWrites(request);
          const written = snapshots.version() !== baselineVersion;
          const changed = written ? changedTables(baseline, snapshots.take()).filter((table) => !allowed.includes(table)) : [];
          if (changed.length > 0) {
            const after = snapshots.take();
            const rows = changed.map((table) => `${table}: ${rowsDiff(baseline.get(table), after.get(table))}`);
            throw new Error(`a refused request (${response.status}) changed ${changed.join(', ')}:\n${what}\n${rows.join('\n')}`);
          }
        } else {
          tally.ok++;
        }
        if (response.status < 400 && request.operation === 'changePassword') await restorePassword(request);
        if (response.status < 400 && CHANGES_EXAMPLE_TARGETS.has(request.operation)) await restoreExampleTargets();
        // Only sign-in, session and account operations can sign the fuzzer's person out, or a lock.
        const accountLevel = ['public', 'session-only'].includes(ENDPOINT_SCOPES[request.operation as EndpointName] ?? '');
        if ((response.status < 400 && accountLevel) || (request.auth === 'session' && (response.status === 401 || response.status === 423))) await ensureSignedIn();
        if (response.status < 400 && CHANGES_SHARING_TARGETS.has(request.operation)) await refreshIds(person);
        if (snapshots.version() !== baselineVersion) {
          baselineVersion = snapshots.version();
          baseline = snapshots.take();
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );

    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuAtStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const counts = [...statuses].sort(([left], [right]) => left - right).map(([status, count]) => `${status}: ${count}`).join(', ');
    console.log(`fuzzed ${RUNS} requests (seed ${SEED}) in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU), ${(RUNS / seconds).toFixed(0)} requests/s\nby status: ${counts}`);
    console.log([...perOperation].sort(([left], [right]) => left.localeCompare(right)).map(([name, { ok, refused }]) => `${name}: ${ok} ok, ${refused} refused`).join('\n'));
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(RUNS);
    // Every documented operation was reached, and the valid examples got through sometimes.
    for (const operation of operations) expect(perOperation.get(operation.name)?.refused, operation.name).toBeGreaterThan(0);
    expect([...perOperation.values()].filter(({ ok }) => ok > 0).length).toBeGreaterThan(operations.length / 2);
  }, 600_000);
});
