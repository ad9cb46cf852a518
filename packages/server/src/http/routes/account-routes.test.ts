import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CATALOGUE, emptySafetyPlan } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copingStylesAnswers, coreBeliefPractice, createMoment, createPractice } from '../../test-support/factories';
import { accept, daysAhead, invite, registerTherapist } from '../../test-support/sharing-fixtures';
import { TestClient, TEST_PASSWORD } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

/** Tables that hold no person's rows: the migration runner's own. */
/** sign_in_throttles counts failed attempts by a hash of a name or address, also for names that do not exist. */
/** questionnaires: the ones a practice loaded, for everyone on this Mend (each person's answers are in questionnaire_responses). */
const NOT_PERSON_DATA = new Set(['kysely_migration', 'kysely_migration_lock', 'sign_in_throttles', 'questionnaires']);

/**
 * Something in every table, through the API. Returns a personal token and a calendar feed address.
 * Sharing: an invite left open, and `therapist` (registered with the first person's invite, the
 * same account accepting the second's) sharing with the person and suggesting a practice.
 */
async function fillEveryTable(browser: TestClient, prefix: string, therapist: TestClient, until: string): Promise<{ token: string; feedUrl: string }> {
  const created = await browser.post('/skills', { name: `${prefix} walk`, kind: 'coping', family: 'movement' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const skill = created.body;
  await browser.put(`/skills/${CATALOGUE[1]!.id}/classification`, { kind: 'maladaptive', family: 'avoidance' });
  for (const moment of [createMoment({ id: `${prefix}-m1`, skillIds: [skill.id] }), createMoment({ id: `${prefix}-m2`, triggerTags: [] })]) {
    const logged = await browser.post('/moments', moment);
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
  }
  await browser.post(`/moments/${prefix}-m2/follow-ups/skip`);
  await browser.put('/preferences', { followUpDelayMinutes: 30, country: 'IE' });
  await browser.put('/safety-plan', { ...emptySafetyPlan(), warningSigns: [`${prefix} stops eating`], baseVersion: 0 });
  const plan = { weekdays: [1], time: '08:00', timeZone: 'Europe/Dublin', notify: false };
  await browser.put('/path', { baseVersion: 0, areas: [{ areaId: 'core-beliefs', layer: 0 }], pace: { practicesPerWeek: 2 }, paused: false, plan });
  await browser.post('/practices', coreBeliefPractice('I am too much', 80, 60, { pathAreaId: 'core-beliefs' }));
  await browser.post('/practices', createPractice());
  await browser.post('/questionnaires/coping-styles/responses', { answers: copingStylesAnswers(2) });
  const feedUrl = (await browser.post('/path/calendar-feed')).body.url as string;
  const token = (await browser.post('/tokens', { name: 'cli', scopes: ['read'] })).body.token as string;
  await invite(browser, ['summary'], until);
  const { code } = await invite(browser, ['summary', 'moments', 'practices'], until);
  if (therapist.sessionCookie === null) await registerTherapist(therapist, code);
  else await accept(therapist, code);
  const personId = (await browser.get('/me')).body.id as string;
  const suggested = await therapist.post(`/therapist/people/${personId}/suggestions`, { kind: 'skill', targetId: 'box-breathing', message: `${prefix}, when it suits you` });
  expect(suggested.status, JSON.stringify(suggested.body)).toBe(201);
  await browser.put('/me/app-lock', { password: TEST_PASSWORD, pin: '2468' });
  return { token, feedUrl };
}

/**
 * Rows per table for one person, over every table in the file: a table added later is counted
 * without anyone remembering to list it here.
 */
function rowsOf(file: string, userId: string): Record<string, number> {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    const counts: Record<string, number> = {};
    for (const table of tables) {
      if (NOT_PERSON_DATA.has(table)) continue;
      const columns = (db.prepare(`pragma table_info("${table}")`).all() as { name: string }[]).map((column) => column.name);
      const personColumn = table === 'users' ? 'id' : columns.find((name) => name === 'owner_id' || name === 'user_id');
      if (!personColumn) throw new Error(`table ${table} has no owner_id or user_id: say whose rows it holds, or add it to NOT_PERSON_DATA`);
      counts[table] = (db.prepare(`select count(*) from "${table}" where "${personColumn}" = ?`).pluck().get(userId) as number);
    }
    return counts;
  } finally {
    db.close();
  }
}

describe('deleting my account', () => {
  let server: TestServer;
  let file: string;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    file = path.join(server.dataDir, 'mend.sqlite');
  });
  afterAll(() => server.close());

  it('removes every row of the person from every table, in one go, and leaves the other person alone', async () => {
    const owner = server.client();
    await owner.register('delete-owner');
    const sam = server.client();
    const samMe = await sam.register('delete-sam');
    const kim = server.client();
    const kimMe = await kim.register('delete-kim');
    const therapist = server.client();
    const samAccess = await fillEveryTable(sam, 'sam', therapist, daysAhead(server, 90));
    await fillEveryTable(kim, 'kim', therapist, daysAhead(server, 90));
    expect((await therapist.get('/therapist/people')).body.people.map((person: { name: string }) => person.name).sort()).toEqual(['delete-kim', 'delete-sam']);
    const samOtherBrowser = server.client();
    await samOtherBrowser.login('delete-sam');

    const before = rowsOf(file, samMe.id);
    const kimBefore = rowsOf(file, kimMe.id);
    for (const [table, count] of Object.entries(before)) {
      expect(count, `the test fills ${table} for the person it deletes`).toBeGreaterThan(0);
      expect(kimBefore[table], `the test fills ${table} for the person it keeps`).toBeGreaterThan(0);
    }
    expect(before.sessions).toBe(2);
    const samCookie = sam.sessionCookie;

    const deleted = await sam.request('DELETE', '/me', { json: { password: TEST_PASSWORD } });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBe('');
    expect(deleted.headers.getSetCookie().join()).toMatch(/mend_session=;/);
    expect(sam.sessionCookie).toBeNull();

    const after = rowsOf(file, samMe.id);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(Object.values(after).every((count) => count === 0), JSON.stringify(after)).toBe(true);
    expect(rowsOf(file, kimMe.id)).toEqual(kimBefore);

    const oldCookie = new TestClient(server.url);
    oldCookie.sessionCookie = samCookie;
    expect((await oldCookie.get('/me')).status).toBe(401);
    expect((await samOtherBrowser.get('/me')).status).toBe(401);
    const oldToken = new TestClient(server.url);
    oldToken.token = samAccess.token;
    expect((await oldToken.get('/moments')).status).toBe(401);
    expect((await fetch(samAccess.feedUrl)).status).toBe(404);
    expect((await sam.post('/auth/login', { name: 'delete-sam', password: TEST_PASSWORD })).status).toBe(401);
    expect((await kim.get('/moments')).body.moments).toHaveLength(2);
    // The therapist keeps the account and Kim's share; Sam is gone from what it sees.
    expect((await therapist.get('/therapist/people')).body.people.map((person: { name: string }) => person.name)).toEqual(['delete-kim']);
    expect((await therapist.get(`/therapist/people/${samMe.id}/suggestions`)).status).toBe(404);
  }, 30_000);

  it('asks for the password again and deletes nothing without it', async () => {
    const alex = server.client();
    const me = await alex.register('delete-alex');
    await alex.post('/moments', createMoment());
    const before = rowsOf(file, me.id);

    const wrong = await alex.request('DELETE', '/me', { json: { password: 'not the password' } });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('wrong_password');
    expect(wrong.body.error.fields).toHaveProperty('password');
    const missing = await alex.request('DELETE', '/me', { json: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toHaveProperty('password');
    const noBody = await alex.request('DELETE', '/me');
    expect(noBody.status).toBe(400);
    expect(noBody.body.error.fields).toHaveProperty('body');
    expect((await alex.request('DELETE', '/me', { json: { password: TEST_PASSWORD }, anonymous: true })).status).toBe(401);

    expect(rowsOf(file, me.id)).toEqual(before);
    expect((await alex.get('/me')).status).toBe(200);
  });

  it('counts wrong passwords with sign-in’s, so an open browser cannot guess faster than the sign-in form', async () => {
    const robin = server.client();
    const me = await robin.register('delete-robin');
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await robin.request('DELETE', '/me', { json: { password: `guess ${attempt}` } })).status).toBe(403);
    }
    const rightButWaiting = await robin.request('DELETE', '/me', { json: { password: TEST_PASSWORD } });
    expect(rightButWaiting.status).toBe(429);
    expect((await server.client().post('/auth/login', { name: 'delete-robin', password: TEST_PASSWORD })).status).toBe(429);
    expect(rowsOf(file, me.id).users).toBe(1);
    server.clock.advance(2000);
    expect((await robin.request('DELETE', '/me', { json: { password: TEST_PASSWORD } })).status).toBe(204);
  });

  it('keeps the owner while other accounts exist, and lets the last one go', async () => {
    const fresh = await startTestServer({ config: { openRegistration: true } });
    try {
      const owner = fresh.client();
      await owner.register('only-owner');
      const person = fresh.client();
      await person.register('only-person');

      const refused = await owner.request('DELETE', '/me', { json: { password: TEST_PASSWORD } });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/owner/);
      // The same answer for a wrong password: the owner rule is checked first, so it reveals nothing about the password.
      const wrongPassword = await owner.request('DELETE', '/me', { json: { password: 'not the password' } });
      expect(wrongPassword.status).toBe(409);
      expect(wrongPassword.body).toEqual(refused.body);
      expect((await owner.get('/me')).status).toBe(200);

      expect((await person.request('DELETE', '/me', { json: { password: TEST_PASSWORD } })).status).toBe(204);
      expect((await owner.request('DELETE', '/me', { json: { password: TEST_PASSWORD } })).status).toBe(204);
      expect((await fresh.client().get('/auth/setup')).body.needsOwner).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
