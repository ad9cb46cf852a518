import { TOKEN_SCOPES, type TokenScope } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedTables, DatabaseSnapshots } from '../test-support/database-snapshot';
import type { PersonIds } from '../test-support/endpoint-examples';
import { documentedOperations, operationLabel, sendExample, type Operation } from '../test-support/openapi-operations';
import { createToken, refreshIds, seedPerson, type SeededPerson } from '../test-support/seed-person';
import { TestClient, type TestResponse } from '../test-support/test-client';
import { startTestServer, type TestServer } from '../test-support/test-server';

/** Ids of the same shapes as a person's, that nobody has: "doesn't exist" must answer like "not yours". */
const NOBODY: Omit<PersonIds, 'name' | 'password' | 'momentVersion'> = {
  userId: 'person-nobody', momentId: 'moment-nobody', practiceId: 'practice-nobody', questionnaireResponseId: 'check-nobody', ownSkillId: 'skill-nobody', tokenId: 'token-nobody',
  sessionId: 'session-nobody', calendarKey: 'A'.repeat(43), inviteId: 'invite-nobody', shareId: 'share-nobody', suggestionId: 'suggestion-nobody',
  inviteCode: 'ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345',
};

/**
 * Secrets that are credentials in themselves: whoever holds one may use it (the feed's key reads
 * the feed; an invite code makes its holder the person's therapist). B's requests carry B's own
 * code, since using A's would rightly change A's shares; a used code of A's is checked below to
 * answer like one that never was.
 */
const B_KEEPS_OWN: readonly (keyof typeof NOBODY)[] = ['inviteCode'];

/** Each case sends every operation, some several requests each, on a shared 2-core machine. */
const TIMEOUT = 60_000;

const COLUMNS = ['no credentials', "B's session, A's ids", 'token without the scope', 'A (scoped token or session)'] as const;
type Column = (typeof COLUMNS)[number];

/** GETs first, deletions last, what locks or signs the caller out after everything else. */
function inSafeOrder(operations: Operation[]): Operation[] {
  const rank = (operation: Operation) =>
    operation.example.disruptive !== undefined ? 10 + operation.example.disruptive : operation.method === 'DELETE' ? 2 : operation.method === 'GET' ? 0 : 1;
  return [...operations].sort((left, right) => rank(left) - rank(right));
}

/**
 * Who sends an example: the therapist the person shares with for the /therapist/* endpoints; a
 * fresh browser for a public one (signing someone up or in must not replace the caller's session).
 */
function sender(operation: Operation, person: SeededPerson, url: string): TestClient {
  if (operation.example.byTherapist) return person.therapist;
  return operation.open ? new TestClient(url) : person.client;
}

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}

const text = (response: TestResponse) => (typeof response.body === 'string' ? response.body : JSON.stringify(response.body));

describe('access matrix: every operation in the OpenAPI document', () => {
  let server: TestServer;
  let snapshots: DatabaseSnapshots;
  let a: SeededPerson;
  let b: SeededPerson;
  let operations: Operation[];
  const table = new Map<string, Partial<Record<Column, string>>>();
  const note = (operation: Operation, column: Column, value: string) => {
    const row = table.get(operationLabel(operation)) ?? {};
    row[column] = row[column] ? `${row[column]}, ${value}` : value;
    table.set(operationLabel(operation), row);
  };

  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    a = await seedPerson(server.client(), 'matrix-ana', 'zqanaq');
    b = await seedPerson(server.client(), 'matrix-ben', 'zqbenq');
    operations = inSafeOrder(await documentedOperations(a.client));
    snapshots = new DatabaseSnapshots(server.dataDir);
  }, TIMEOUT);
  afterAll(async () => {
    snapshots.close();
    await server.close();
    const lines = [`| operation | ${COLUMNS.join(' | ')} |`, `|---|${COLUMNS.map(() => '---').join('|')}|`];
    for (const [label, row] of [...table].sort(([left], [right]) => left.localeCompare(right))) {
      lines.push(`| \`${label}\` | ${COLUMNS.map((column) => row[column] ?? '–').join(' | ')} |`);
    }
    console.log(`access matrix (${table.size} operations):\n${lines.join('\n')}`);
  });

  it('covers the whole contract: public in the document exactly when public in ENDPOINT_SCOPES', () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const operation of operations) expect(operation.open, operationLabel(operation)).toBe(operation.scope === 'public');
    // A therapist sends exactly the /therapist/* examples: any other a therapist sent would miss the person's own checks.
    for (const operation of operations) expect(operation.example.byTherapist === true, operationLabel(operation)).toBe(operationLabel(operation).includes(' /therapist/'));
  });

  it('without credentials: 401 unless public, with the same answer for real and unknown ids, changing nothing', async () => {
    for (const operation of operations) {
      const label = operationLabel(operation);
      const before = snapshots.take();
      const anonymous = new TestClient(server.url);
      const response = await sendExample(anonymous, operation, a.ids);
      expect(response.status, label).toBeLessThan(500);
      if (operation.open) {
        expect(response.status, label).not.toBe(401);
        note(operation, 'no credentials', `${response.status} (public)`);
        continue;
      }
      expect(response.status, label).toBe(401);
      expect(response.body.error.code, label).toBe('unauthenticated');
      const unknown = await sendExample(new TestClient(server.url), operation, { ...a.ids, ...NOBODY });
      expect([unknown.status, text(unknown)], label).toEqual([response.status, text(response)]);
      expect(changedTables(before, snapshots.take()), label).toEqual([]);
      note(operation, 'no credentials', '401');
    }
  }, TIMEOUT);

  it("with B's session: A's ids answer 404 exactly like unknown ids, no answer holds anything of A's, and nothing of A's changes", async () => {
    const bToken = (await createToken(b.client, 'matrix ben everything')).secret;
    const before = snapshots.take(a.ids.userId);
    for (const operation of operations) {
      const label = operationLabel(operation);
      // The locking and signing-out operations come last; sign in again after one that ended B's session.
      if ((await b.client.get('/me')).status === 401) await b.client.login(b.ids.name);
      else if (operation.example.disruptive === undefined) await refreshIds(b);
      // A's things in the path (the therapist's examples: A's person id, sent by B's therapist), B's own name, password, versions and invite code in the body.
      const thingsOfA = Object.fromEntries(Object.keys(NOBODY).filter((key) => !B_KEEPS_OWN.includes(key as keyof typeof NOBODY)).map((key) => [key, a.ids[key as keyof typeof NOBODY]]));
      const aimedAtA: PersonIds = { ...b.ids, ...thingsOfA };
      const caller = sender(operation, b, server.url);
      const response = await sendExample(caller, operation, aimedAtA);
      expect(response.status, label).toBeLessThan(500);
      const leaked = a.secrets.filter((secret) => operation.name !== 'calendarFeed' && text(response).includes(secret));
      expect(leaked, `${label} answered B with A's ${leaked.join(', ')}`).toEqual([]);
      if (operation.example.params && !operation.open && !operation.example.sharedParams) {
        expect(response.status, label).toBe(404);
        const unknown = await sendExample(caller, operation, { ...aimedAtA, ...NOBODY, ...pick(b.ids, B_KEEPS_OWN) });
        expect([unknown.status, text(unknown)], label).toEqual([response.status, text(response)]);
        if (operation.scope === 'session-only') {
          note(operation, "B's session, A's ids", operation.example.byTherapist ? "404 = unknown id (B's therapist)" : '404 = unknown id');
          continue;
        }
        // B's token that may do everything finds no more than B's session.
        const byToken = await sendExample(Object.assign(new TestClient(server.url), { token: bToken }), operation, aimedAtA);
        expect([byToken.status, text(byToken)], `${label} with B's token`).toEqual([response.status, text(response)]);
        note(operation, "B's session, A's ids", '404 = unknown id (token too)');
      } else {
        // No id of A's in the request: B works on B's own data (the feed's key is its credential).
        expect(response.status, `${label}: B's own ${text(response)}`).toBe(operation.status);
        const whose = operation.example.byTherapist ? "B's therapist's own" : "B's own";
        note(operation, "B's session, A's ids", operation.open ? `${response.status}, nothing of A's` : `${response.status} ${whose}, nothing of A's`);
      }
    }
    expect(changedTables(before, snapshots.take(a.ids.userId))).toEqual([]);
  }, TIMEOUT);

  describe('tokens', () => {
    const withoutScope = new Map<TokenScope, string>();
    const onlyScope = new Map<TokenScope, string>();
    let allScopes = '';
    let scoped = false;
    beforeAll(async () => {
      const all = await createToken(a.client, 'matrix all scopes');
      allScopes = all.secret;
      scoped = all.scoped;
      if (!scoped) return;
      for (const scope of TOKEN_SCOPES) {
        withoutScope.set(scope, (await createToken(a.client, `matrix without ${scope}`, TOKEN_SCOPES.filter((other) => other !== scope))).secret);
        onlyScope.set(scope, (await createToken(a.client, `matrix only ${scope}`, [scope])).secret);
      }
    });
    const asToken = (secret: string) => Object.assign(new TestClient(server.url), { token: secret });

    it('a token without the scope an endpoint needs gets 403, and a session-only endpoint refuses every token', async (context) => {
      if (!scoped) context.skip('tokens do not accept `scopes` yet (TokenCreateSchema in packages/core/src/schemas/account.ts)');
      // A token's first use is written down (lastUsedAt, at most once a minute; the clock stands
      // still here), refused or not; use each once so what follows shows any other write.
      for (const secret of [allScopes, ...withoutScope.values()]) await asToken(secret).get('/me');
      const before = snapshots.take(a.ids.userId);
      for (const operation of operations.filter((candidate) => !candidate.open)) {
        const label = operationLabel(operation);
        const secret = operation.scope === 'session-only' ? allScopes : withoutScope.get(operation.scope as TokenScope)!;
        const response = await sendExample(asToken(secret), operation, a.ids);
        expect(response.status, `${label} ${text(response)}`).toBe(403);
        const code = operation.scope === 'session-only' ? 'token_not_allowed' : 'missing_scope';
        expect(response.body.error.code, label).toBe(code);
        if (code === 'missing_scope') expect(text(response), label).toContain(operation.scope);
        note(operation, 'token without the scope', `403 ${code}`);
      }
      expect(changedTables(before, snapshots.take(a.ids.userId))).toEqual([]);
    }, TIMEOUT);

    it("A, with a token of just the scope needed (or the session where tokens are refused), gets the documented success", async () => {
      for (const operation of operations.filter((candidate) => candidate.example.disruptive === undefined)) {
        const label = operationLabel(operation);
        await refreshIds(a);
        const byToken = !operation.open && operation.scope !== 'session-only';
        const secret = scoped ? onlyScope.get(operation.scope as TokenScope) : allScopes;
        const response = await sendExample(byToken ? asToken(secret!) : sender(operation, a, server.url), operation, a.ids);
        expect(response.status, `${label} ${text(response)}`).toBe(operation.status);
        const how = byToken ? (scoped ? `token: ${operation.scope}` : 'token (unscoped)') : operation.open ? 'public' : operation.example.byTherapist ? "A's therapist's session" : 'session';
        note(operation, 'A (scoped token or session)', `${response.status} ${how}`);
      }
    }, TIMEOUT);
  });

  it("A's old calendar address, replaced by a new one, answers like one that never was", async () => {
    const unknownFeed = await new TestClient(server.url).get(`/calendar/${NOBODY.calendarKey}.ics`);
    const replacedFeed = await new TestClient(server.url).get(`/calendar/${a.ids.calendarKey}.ics`);
    expect([replacedFeed.status, text(replacedFeed)]).toEqual([404, text(unknownFeed)]);
  });

  it("A's invite code, once a therapist used it, answers like one that never was", async () => {
    await refreshIds(a);
    const code = a.ids.inviteCode;
    const stranger = new TestClient(server.url);
    expect((await stranger.post('/auth/register-therapist', { name: 'matrix-first-therapist', password: a.ids.password, code })).status).toBe(201);
    const used = await b.therapist.post('/therapist/invites', { code });
    const unknown = await b.therapist.post('/therapist/invites', { code: NOBODY.inviteCode });
    expect([used.status, text(used)]).toEqual([404, text(unknown)]);
    expect(used.body.error.code).toBe('invite_not_found');
  });
});
