import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySafetyPlan } from '@mend/core';
import { coreBeliefPractice, createMoment, createPractice } from '../test-support/factories';
import { TEST_PASSWORD } from '../test-support/test-client';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../test-support/test-postgres';
import { startTestServer, type TestServer } from '../test-support/test-server';

/**
 * The same server on PostgreSQL. Runs only when MEND_TEST_DATABASE_URL points at a server where
 * this user may create databases; each run gets a database of its own and drops it afterwards.
 */
describe.skipIf(!testPostgresUrl)('on PostgreSQL', () => {
  let server: TestServer;
  let database: TestDatabase | undefined;
  let databaseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase(testPostgresUrl!);
    databaseUrl = database.url;
    server = await startTestServer({ config: { databaseUrl, openRegistration: true } });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('reports postgres in /health', async () => {
    expect((await server.client().get('/health')).body.database).toBe('postgres');
  });

  it('does the moment round: create, page with ties, edit, scope, delete', async () => {
    const sam = server.client();
    const kim = server.client();
    await sam.register('pg-sam');
    await kim.register('PG-kim');
    for (const id of ['a', 'b', 'c']) await sam.post('/moments', createMoment({ id, occurredAt: '2026-10-01T10:00:00Z' }));
    await sam.post('/moments', createMoment({ id: 'd', occurredAt: '2026-10-02T10:00:00Z' }));
    const first = await sam.get('/moments?limit=2');
    const second = await sam.get(`/moments?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.moments, ...second.body.moments].map((moment: { id: string }) => moment.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(second.body.nextCursor).toBeNull();

    expect((await sam.patch('/moments/a', { baseVersion: 1, distressAfter: 1, satWithFeeling: true })).body).toMatchObject({ distressAfter: 1, satWithFeeling: true });
    expect((await kim.get('/moments/a')).status).toBe(404);
    expect((await sam.post('/moments', createMoment({ id: 'a' }))).status).toBe(409);
    const resend = createMoment({ id: 'e', distressBefore: 10, triggerTags: [] });
    const logged = (await sam.post('/moments', resend)).body;
    expect(logged.crisisOffer).toBe(true);
    expect((await sam.post('/moments', resend)).body).toEqual(logged);
    expect((await sam.delete('/moments/b')).status).toBe(204);
    expect((await kim.post('/auth/register', { name: 'pg-SAM', password: 'a long password' })).status).toBe(409);
  });

  it('keeps preferences, answers and skips follow-ups, and drops a skip with its moment', async () => {
    const sam = server.client();
    await sam.login('pg-sam');
    expect((await sam.put('/preferences', { followUpDelayMinutes: 30 })).body).toEqual({ followUpDelayMinutes: 30, country: null, idleSignOutMinutes: null });
    expect((await sam.put('/preferences', { followUpDelayMinutes: 45 })).status).toBe(200);
    expect((await sam.put('/preferences', { country: 'NZ' })).status).toBe(200);
    expect((await sam.get('/preferences')).body).toEqual({ followUpDelayMinutes: 45, country: 'NZ', idleSignOutMinutes: null });
    const now = server.clock.now().getTime();
    const at = (hoursAgo: number) => new Date(now - hoursAgo * 3600_000).toISOString();
    await sam.post('/moments', createMoment({ id: 'pg-f1', occurredAt: at(3), triggerTags: [] }));
    await sam.post('/moments', createMoment({ id: 'pg-f2', occurredAt: at(4), triggerTags: [] }));
    await sam.post('/moments', createMoment({ id: 'pg-f3', occurredAt: at(5), triggerTags: [] }));
    const ids = async () => (await sam.get('/follow-ups/pending')).body.pending.map((entry: { momentId: string }) => entry.momentId);
    expect(await ids()).toEqual(['pg-f1', 'pg-f2', 'pg-f3']);
    expect((await sam.post('/moments/pg-f1/follow-ups', { distress: 2, at: at(1) })).body.followUps).toEqual([{ at: at(1), distress: 2 }]);
    expect((await sam.post('/moments/pg-f2/follow-ups/skip')).status).toBe(204);
    expect((await sam.post('/moments/pg-f2/follow-ups/skip')).status).toBe(204);
    expect(await ids()).toEqual(['pg-f3']);
    expect((await sam.get('/export')).body.followUpSkips).toEqual([{ momentId: 'pg-f2', at: server.clock.now().toISOString() }]);
    await sam.delete('/moments/pg-f2');
    expect((await sam.get('/export')).body.followUpSkips).toEqual([]);
    await sam.post('/moments/pg-f3/follow-ups/skip');
  });

  it('records practices, saves the path with its version check, and serves the calendar feed', async () => {
    const sam = server.client();
    await sam.login('pg-sam');
    const kim = server.client();
    await kim.login('PG-kim');
    const plan = { weekdays: [2], time: '07:45', timeZone: 'America/Chicago', notify: false };
    const first = await sam.put('/path', { baseVersion: 0, areas: [{ areaId: 'core-beliefs', layer: 0 }], pace: { practicesPerWeek: 3 }, paused: false, plan });
    expect(first.body).toMatchObject({ version: 1, areas: [{ areaId: 'core-beliefs', layer: 0 }] });
    expect((await sam.put('/path', { baseVersion: 0, areas: [], pace: { practicesPerWeek: 1 }, paused: false })).status).toBe(409);
    const deeper = await sam.put('/path', { baseVersion: 1, areas: [{ areaId: 'core-beliefs', layer: 1, feelSafeEnough: true }], pace: { practicesPerWeek: 3 }, paused: false, plan });
    expect(deeper.body).toMatchObject({ version: 2, areas: [{ areaId: 'core-beliefs', layer: 1 }] });

    const practice = coreBeliefPractice('I am a burden', 90, 70, { id: 'pg-p1', pathAreaId: 'core-beliefs' });
    const recorded = (await sam.post('/practices', practice)).body;
    expect(recorded).toMatchObject({ id: 'pg-p1', kind: 'healing', answers: { 'strength-before': 90 } });
    expect((await sam.post('/practices', practice)).body).toEqual(recorded);
    expect((await sam.post('/practices', { ...practice, notes: 'changed' })).status).toBe(409);
    await sam.post('/practices', createPractice({ id: 'pg-p2', startedAt: '2026-10-01T10:00:00Z' }));
    expect((await sam.get('/practices?skillId=box-breathing')).body.practices.map((entry: { id: string }) => entry.id)).toEqual(['pg-p2']);
    expect((await kim.get('/practices')).body.practices).toEqual([]);
    expect((await kim.delete('/practices/pg-p1')).status).toBe(404);

    const { url } = (await sam.post('/path/calendar-feed')).body;
    const feed = await fetch(url);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('RRULE:FREQ=WEEKLY;BYDAY=WE');
    expect((await sam.get('/suggestions?distress=9')).body).toMatchObject({ band: 'steady-first', offerSafetyPlan: true });
    expect((await sam.get('/progress?timeZone=America/Chicago')).status).toBe(200);
  });

  it('round-trips an export and survives a restart', async () => {
    const sam = server.client();
    await sam.login('pg-sam');
    await sam.post('/skills', { name: 'Garden', kind: 'healing', family: 'regulation' });
    const plan = { ...emptySafetyPlan(), warningSigns: ['I stop eating'], calmingSkillIds: ['box-breathing'] };
    expect((await sam.put('/safety-plan', { ...plan, baseVersion: 0 })).body.version).toBe(1);
    expect((await sam.put('/safety-plan', { ...plan, reasons: ['the cat'], baseVersion: 1 })).body.version).toBe(2);
    expect((await sam.put('/safety-plan', { ...plan, baseVersion: 1 })).status).toBe(409);
    expect((await sam.get('/safety-plan/history')).body.versions.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    const exported = (await sam.get('/export')).body;
    expect((await sam.post('/import', exported)).body.moments.unchanged).toBe(exported.moments.length);
    await server.restart();
    const again = server.client();
    await again.login('pg-sam');
    expect((await again.get('/export')).body).toEqual(exported);
    expect(exported.preferences).toEqual({ followUpDelayMinutes: 45, country: 'NZ', idleSignOutMinutes: null });
    expect(exported.safetyPlanVersions.map((version: { reasons: string[] }) => version.reasons)).toEqual([[], ['the cat']]);
    expect(exported.followUpSkips).toEqual([{ momentId: 'pg-f3', at: expect.any(String) }]);
    expect((await again.get('/tags')).body.triggerTags[0]).toEqual({ tag: 'work-conflict', count: 3 });
    expect(exported.practices.map((practice: { id: string }) => practice.id)).toEqual(['pg-p2', 'pg-p1']);
    expect(exported.path).toMatchObject({ version: 2, plan: { timeZone: 'America/Chicago' } });
  });

  it('slows sign-in guessing, lists and ends sessions, scopes tokens and locks the app', async () => {
    const name = 'pg-guarded';
    const here = server.client();
    await here.register(name);
    for (let attempt = 0; attempt < 5; attempt++) expect((await server.client().post('/auth/login', { name, password: 'wrong password' })).status).toBe(401);
    const waiting = await server.client().post('/auth/login', { name, password: TEST_PASSWORD });
    expect(waiting.status).toBe(429);
    server.clock.advance(1000);
    const there = server.client();
    await there.login(name);
    const sessions = (await here.get('/sessions')).body.sessions;
    expect(sessions).toHaveLength(2);
    expect((await here.delete(`/sessions/${sessions.find((session: { current: boolean }) => !session.current).id}`)).status).toBe(204);
    expect((await there.get('/me')).status).toBe(401);

    const reader = server.client();
    reader.token = (await here.post('/tokens', { name: 'reader', scopes: ['read'] })).body.token;
    expect((await reader.get('/moments')).status).toBe(200);
    expect((await reader.post('/moments', createMoment())).body.error.code).toBe('missing_scope');

    await here.put('/me/app-lock', { password: TEST_PASSWORD, pin: '1357' });
    await here.post('/auth/lock');
    expect((await here.get('/moments')).status).toBe(423);
    expect((await here.post('/auth/unlock', { pin: '1357' })).status).toBe(200);
    expect((await here.post('/auth/logout-everywhere')).body.endedSessions).toBe(1);
  });

  it('deletes an account with every row of it, in every table', async () => {
    const gone = server.client();
    const me = await gone.register('pg-gone');
    await gone.post('/moments', createMoment({ id: 'pg-gone-1', triggerTags: [] }));
    await gone.post('/moments/pg-gone-1/follow-ups/skip');
    await gone.post('/skills', { name: 'Swim', kind: 'coping', family: 'movement' });
    await gone.put('/preferences', { followUpDelayMinutes: 30 });
    await gone.put('/safety-plan', { ...emptySafetyPlan(), reasons: ['the sea'], baseVersion: 0 });
    await gone.put('/path', { baseVersion: 0, areas: [{ areaId: 'grief', layer: 0 }], pace: { practicesPerWeek: 1 }, paused: false });
    await gone.post('/practices', createPractice());
    await gone.post('/path/calendar-feed');
    await gone.post('/tokens', { name: 'cli', scopes: ['read'] });
    expect((await gone.request('DELETE', '/me', { json: { password: 'wrong password' } })).status).toBe(403);
    expect((await gone.request('DELETE', '/me', { json: { password: TEST_PASSWORD } })).status).toBe(204);
    expect((await gone.get('/me')).status).toBe(401);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const columns = await client.query<{ table_name: string; column_name: string }>(
        "select table_name, column_name from information_schema.columns where table_schema = 'public' and (column_name in ('owner_id', 'user_id') or (table_name = 'users' and column_name = 'id'))",
      );
      expect(columns.rows.length).toBeGreaterThan(10);
      for (const { table_name: table, column_name: column } of columns.rows) {
        const rows = await client.query(`select count(*)::int as count from "${table}" where "${column}" = $1`, [me.id]);
        expect(rows.rows[0].count, table).toBe(0);
      }
    } finally {
      await client.end();
    }
    const sam = server.client();
    await sam.login('pg-sam');
    expect((await sam.get('/moments/a')).status).toBe(200);
  });
});
