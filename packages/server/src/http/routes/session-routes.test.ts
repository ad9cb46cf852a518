import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, uniqueName } from '../../test-support/factories';
import { TEST_PASSWORD, TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const MINUTE = 60 * 1000;

async function auditKinds(browser: TestClient): Promise<{ kind: string; detail: Record<string, unknown> }[]> {
  return (await browser.get('/audit-log')).body.events;
}

describe('sessions: rotation, the list of devices, ending them', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
  });
  afterAll(() => server.close());

  it('ends a session sent with a sign-in, even another person’s on a shared browser, and always issues a new one', async () => {
    const alex = uniqueName();
    const kim = uniqueName();
    await server.client().register(alex);
    await server.client().register(kim);
    const shared = server.client();
    await shared.login(alex);
    const alexCookie = shared.sessionCookie;
    await shared.login(kim);
    expect(shared.sessionCookie).not.toBe(alexCookie);
    const stale = new TestClient(server.url);
    stale.sessionCookie = alexCookie;
    expect((await stale.get('/me')).status).toBe(401);
    expect((await shared.get('/me')).body.name).toBe(kim);
  });

  it('lists the browsers signed in with a short device label, marking this one, and never the raw header', async () => {
    const name = uniqueName();
    const laptop = server.client();
    await laptop.post('/auth/register', { name, password: TEST_PASSWORD }, { headers: { 'user-agent': FIREFOX_LINUX } });
    const phone = server.client();
    server.clock.advance(MINUTE);
    await phone.post('/auth/login', { name, password: TEST_PASSWORD }, { headers: { 'user-agent': SAFARI_IPHONE } });

    const listed = await laptop.get('/sessions');
    expect(listed.status).toBe(200);
    expect(listed.body.sessions).toEqual([
      { id: expect.any(String), device: 'Safari on iOS', createdAt: server.clock.now().toISOString(), lastSeenAt: server.clock.now().toISOString(), current: false },
      { id: expect.any(String), device: 'Firefox on Linux', createdAt: expect.any(String), lastSeenAt: expect.any(String), current: true },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain('Gecko');
    expect((await phone.get('/sessions')).body.sessions.map((session: { current: boolean }) => session.current)).toEqual([true, false]);
  });

  it('writes last use at most about once a minute', async () => {
    const browser = server.client();
    await browser.register(uniqueName());
    const signedInAt = server.clock.now().toISOString();
    server.clock.advance(30 * 1000);
    expect((await browser.get('/sessions')).body.sessions[0].lastSeenAt).toBe(signedInAt);
    server.clock.advance(31 * 1000);
    await browser.get('/me');
    expect((await browser.get('/sessions')).body.sessions[0].lastSeenAt).toBe(server.clock.now().toISOString());
  });

  it('signs one other browser out, and cannot touch another person’s sessions', async () => {
    const name = uniqueName();
    const mine = server.client();
    await mine.register(name);
    const other = server.client();
    await other.login(name);
    const otherId = (await other.get('/sessions')).body.sessions.find((session: { current: boolean }) => session.current).id;

    const stranger = server.client();
    await stranger.register(uniqueName());
    expect((await stranger.delete(`/sessions/${otherId}`)).status).toBe(404);
    expect((await other.get('/me')).status).toBe(200);

    expect((await mine.delete(`/sessions/${otherId}`)).status).toBe(204);
    expect((await other.get('/me')).status).toBe(401);
    expect((await mine.get('/me')).status).toBe(200);
    expect((await mine.delete(`/sessions/${otherId}`)).status).toBe(404);
    expect((await mine.delete('/sessions/not a valid id!')).status).toBe(400);
    // Once in the audit log, with the device label; not for the stranger's try or the second 404.
    expect((await auditKinds(mine)).filter((event) => event.kind === 'session-ended').map((event) => event.detail)).toEqual([{ device: 'Unknown device' }]);
    expect((await auditKinds(stranger)).filter((event) => event.kind === 'session-ended')).toEqual([]);
  });

  it('signs out everywhere, this browser included, leaving tokens working and a line in the audit log', async () => {
    const name = uniqueName();
    const here = server.client();
    await here.register(name);
    const there = server.client();
    await there.login(name);
    const script = new TestClient(server.url);
    script.token = (await here.post('/tokens', { name: 'backup script', scopes: ['read'] })).body.token;

    const everywhere = await here.post('/auth/logout-everywhere');
    expect(everywhere.status).toBe(200);
    expect(everywhere.body).toEqual({ ok: true, endedSessions: 2 });
    expect(here.sessionCookie).toBeNull();
    expect((await there.get('/me')).status).toBe(401);
    expect((await script.get('/moments')).status).toBe(200);

    await here.login(name);
    expect((await auditKinds(here)).find((event) => event.kind === 'signed-out-everywhere')?.detail).toEqual({ sessions: 2 });
  });
});

describe('sign-in from a new device', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
  });
  afterAll(() => server.close());

  it('goes in the audit log once per browser, with its device label; registering is the first device', async () => {
    const name = uniqueName();
    const laptop = server.client();
    await laptop.post('/auth/register', { name, password: TEST_PASSWORD }, { headers: { 'user-agent': FIREFOX_LINUX } });
    expect(laptop.deviceCookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await laptop.post('/auth/logout');
    await laptop.post('/auth/login', { name, password: TEST_PASSWORD }, { headers: { 'user-agent': FIREFOX_LINUX } });
    expect((await auditKinds(laptop)).filter((event) => event.kind === 'sign-in-new-device')).toEqual([]);

    const phone = server.client();
    await phone.post('/auth/login', { name, password: TEST_PASSWORD }, { headers: { 'user-agent': SAFARI_IPHONE } });
    await phone.post('/auth/login', { name, password: TEST_PASSWORD }, { headers: { 'user-agent': SAFARI_IPHONE } });
    const events = (await auditKinds(laptop)).filter((event) => event.kind === 'sign-in-new-device');
    expect(events.map((event) => event.detail)).toEqual([{ device: 'Safari on iOS' }]);
  });

  it('is per person: a browser known for one person is new for another', async () => {
    const shared = server.client();
    await shared.register(uniqueName());
    const second = uniqueName();
    await server.client().register(second);
    await shared.login(second);
    expect((await auditKinds(shared)).filter((event) => event.kind === 'sign-in-new-device')).toHaveLength(1);
  });

  it('marks the device cookie HttpOnly and SameSite=Strict, and replaces one that is not Mend’s', async () => {
    const browser = server.client();
    const name = uniqueName();
    await browser.register(name);
    browser.deviceCookie = 'chosen-by-someone';
    const response = await browser.login(name).then(() => browser.get('/me'));
    expect(response.status).toBe(200);
    expect(browser.deviceCookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const signIn = await browser.post('/auth/login', { name, password: TEST_PASSWORD });
    const cookie = signIn.headers.getSetCookie().find((line) => line.startsWith('mend_device='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });
});

describe('idle sign-out', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
  });
  afterAll(() => server.close());

  it('is off by default, and once chosen ends a session unused for longer, saying why', async () => {
    const browser = server.client();
    await browser.register(uniqueName());
    server.clock.advance(24 * 60 * MINUTE);
    expect((await browser.get('/me')).status).toBe(200);

    const chosen = await browser.put('/preferences', { idleSignOutMinutes: 15 });
    expect(chosen.body.idleSignOutMinutes).toBe(15);
    expect((await browser.get('/me')).body.idleSignOutMinutes).toBe(15);
    // Used every 10 minutes for an hour: never idle.
    for (let step = 0; step < 6; step++) {
      server.clock.advance(10 * MINUTE);
      expect((await browser.get('/moments')).status).toBe(200);
    }
    const cookie = browser.sessionCookie;
    server.clock.advance(17 * MINUTE);
    const idle = await browser.get('/moments');
    expect(idle.status).toBe(401);
    expect(idle.body.error.code).toBe('signed_out_idle');
    expect(idle.body.error.message).toMatch(/15 minutes/);
    expect(browser.sessionCookie).toBeNull();
    // Ended for good, not only for that request.
    const again = new TestClient(server.url);
    again.sessionCookie = cookie;
    server.clock.advance(-17 * MINUTE);
    expect((await again.get('/me')).body.error.code).toBe('unauthenticated');
  });

  it('is not held off by the app’s background polls (X-Mend-Background: 1), which are still checked', async () => {
    const browser = server.client();
    await browser.register(uniqueName());
    await browser.put('/preferences', { idleSignOutMinutes: 15 });
    const poll = () => browser.request('GET', '/follow-ups/pending', { headers: { 'x-mend-background': '1' } });
    for (let step = 0; step < 3; step++) {
      server.clock.advance(5 * MINUTE);
      expect((await poll()).status).toBe(200);
    }
    server.clock.advance(2 * MINUTE);
    const idle = await browser.get('/moments');
    expect(idle.status).toBe(401);
    expect(idle.body.error.code).toBe('signed_out_idle');

    // A tab left open for an hour: its own poll is signed out once the time has passed.
    const leftOpen = server.client();
    await leftOpen.register(uniqueName());
    await leftOpen.put('/preferences', { idleSignOutMinutes: 15 });
    const answers: number[] = [];
    for (let step = 0; step < 12; step++) {
      server.clock.advance(5 * MINUTE);
      answers.push((await leftOpen.request('GET', '/follow-ups/pending', { headers: { 'x-mend-background': '1' } })).status);
    }
    expect(answers).toEqual([200, 200, 200, 401, 401, 401, 401, 401, 401, 401, 401, 401]);
  });

  it('does not let background polls stretch a session’s expiry either', async () => {
    const browser = server.client();
    await browser.register(uniqueName());
    const cookies: string[] = [];
    for (let step = 0; step < 24; step++) {
      server.clock.advance(5 * MINUTE);
      const response = await browser.request('GET', '/follow-ups/pending', { headers: { 'x-mend-background': '1' } });
      expect(response.status).toBe(200);
      cookies.push(...response.headers.getSetCookie().filter((line) => line.startsWith('mend_session=')));
    }
    expect(cookies).toEqual([]);
    expect((await browser.get('/moments')).headers.getSetCookie().join()).toMatch(/mend_session=/);
  });

  it('refuses a choice that is not on the list, naming the field', async () => {
    const browser = server.client();
    await browser.register(uniqueName());
    for (const value of [5, 30, '15', -1]) {
      const response = await browser.put('/preferences', { idleSignOutMinutes: value });
      expect(response.status, String(value)).toBe(400);
      expect(response.body.error.fields).toHaveProperty('idleSignOutMinutes');
    }
    expect((await browser.get('/preferences')).body.idleSignOutMinutes).toBeNull();
  });

  it('takes the operator’s limit as default and maximum', async () => {
    const limited = await startTestServer({ config: { openRegistration: true, idleSignOutMinutes: 60 } });
    try {
      const browser = limited.client();
      expect((await browser.register(uniqueName())) as unknown).toMatchObject({ idleSignOutMinutes: 60 });
      await browser.put('/preferences', { idleSignOutMinutes: 240 });
      expect((await browser.get('/me')).body.idleSignOutMinutes).toBe(60);
      await browser.put('/preferences', { idleSignOutMinutes: 15 });
      expect((await browser.get('/me')).body.idleSignOutMinutes).toBe(15);
      await browser.put('/preferences', { idleSignOutMinutes: null });
      limited.clock.advance(62 * MINUTE);
      expect((await browser.get('/me')).body.error.code).toBe('signed_out_idle');
    } finally {
      await limited.close();
    }
  });

  it('can be changed only with a session: not by a token, not by an import, and each change goes in the audit log', async () => {
    const browser = server.client();
    await browser.register(uniqueName());
    await browser.put('/preferences', { idleSignOutMinutes: 15 });
    const script = new TestClient(server.url);
    script.token = (await browser.post('/tokens', { name: 'sync', scopes: ['read', 'write', 'import'] })).body.token;

    const refused = await script.put('/preferences', { idleSignOutMinutes: null, followUpDelayMinutes: 30 });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('token_not_allowed');
    expect(refused.body.error.fields).toHaveProperty('idleSignOutMinutes');
    expect((await script.put('/preferences', { followUpDelayMinutes: 45 })).body).toMatchObject({ followUpDelayMinutes: 45, idleSignOutMinutes: 15 });

    const preferences = { followUpDelayMinutes: 60, country: 'IE', idleSignOutMinutes: null };
    expect((await script.post('/import', exportDocument({ preferences }))).status).toBe(200);
    expect((await browser.post('/import', exportDocument({ preferences }))).status).toBe(200);
    expect((await browser.get('/preferences')).body).toEqual({ ...preferences, idleSignOutMinutes: 15 });

    // Unchanged is not a change; newest first.
    await browser.put('/preferences', { idleSignOutMinutes: 15 });
    server.clock.advance(MINUTE);
    await browser.put('/preferences', { idleSignOutMinutes: null });
    const changes = (await auditKinds(browser)).filter((event) => event.kind === 'idle-sign-out-changed').map((event) => event.detail);
    expect(changes).toEqual([{ minutes: 'off' }, { minutes: 15 }]);
  });

  it('does not apply to personal access tokens, which are for scripts', async () => {
    const browser = server.client();
    await browser.register(uniqueName());
    await browser.put('/preferences', { idleSignOutMinutes: 15 });
    const script = new TestClient(server.url);
    script.token = (await browser.post('/tokens', { name: 'nightly', scopes: ['read'] })).body.token;
    server.clock.advance(24 * 60 * MINUTE);
    expect((await script.get('/moments')).status).toBe(200);
  });
});

describe('changing the password', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
  });
  afterAll(() => server.close());

  it('needs the current password, ends every other session, and keeps this one', async () => {
    const name = uniqueName();
    const here = server.client();
    await here.register(name);
    const there = server.client();
    await there.login(name);

    const wrong = await here.put('/me/password', { currentPassword: 'not my password', newPassword: 'a brand new password' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.fields).toHaveProperty('currentPassword');
    const short = await here.put('/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('newPassword');
    expect((await there.get('/me')).status).toBe(200);

    const changed = await here.put('/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' });
    expect(changed.status).toBe(200);
    expect((await there.get('/me')).status).toBe(401);
    expect((await here.get('/me')).status).toBe(200);
    expect((await server.client().post('/auth/login', { name, password: TEST_PASSWORD })).status).toBe(401);
    expect((await server.client().post('/auth/login', { name, password: 'a brand new password' })).status).toBe(200);
    expect((await auditKinds(here)).find((event) => event.kind === 'password-changed')?.detail).toEqual({ otherSessionsEnded: 1 });
  });
});
