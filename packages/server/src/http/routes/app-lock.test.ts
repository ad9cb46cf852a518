import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment, uniqueName } from '../../test-support/factories';
import { TEST_PASSWORD, TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

const MINUTE = 60 * 1000;
const PIN = '482916';

describe('app-lock PIN on a shared device', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
  });
  afterAll(() => server.close());

  async function lockedPerson(): Promise<{ browser: TestClient; name: string }> {
    const name = uniqueName();
    const browser = server.client();
    await browser.register(name);
    expect((await browser.put('/me/app-lock', { password: TEST_PASSWORD, pin: PIN })).status).toBe(200);
    return { browser, name };
  }

  it('is set with the password again, checks the PIN’s shape, and shows in /me and the audit log', async () => {
    const browser = server.client();
    await browser.register(uniqueName());
    const refusals = [
      [{ password: 'not my password', pin: PIN }, 403, 'password'],
      [{ password: TEST_PASSWORD, pin: '12a4' }, 400, 'pin'],
      [{ password: TEST_PASSWORD, pin: '123' }, 400, 'pin'],
      [{ password: TEST_PASSWORD, pin: 1234 }, 400, 'pin'],
      [{ password: TEST_PASSWORD, pin: PIN, lockAfterMinutes: 0 }, 400, 'lockAfterMinutes'],
      [{ pin: PIN }, 400, 'password'],
    ] as const;
    for (const [body, status, field] of refusals) {
      const response = await browser.put('/me/app-lock', body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.body.error.fields).toHaveProperty(field);
    }
    expect((await browser.get('/me')).body.appLock).toEqual({ enabled: false, lockAfterMinutes: 5 });

    const set = await browser.put('/me/app-lock', { password: TEST_PASSWORD, pin: PIN, lockAfterMinutes: 10 });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ enabled: true, lockAfterMinutes: 10 });
    expect((await browser.get('/me')).body.appLock).toEqual({ enabled: true, lockAfterMinutes: 10 });
    const events = (await browser.get('/audit-log')).body.events.filter((event: { kind: string }) => event.kind === 'app-lock-changed');
    expect(events.map((event: { detail: unknown }) => event.detail)).toEqual([{ change: 'set', lockAfterMinutes: 10 }]);
    expect(JSON.stringify(events)).not.toContain(PIN);
  });

  it('locks a session left unused, answering 423 everywhere but unlock, sign-out and public endpoints', async () => {
    const { browser } = await lockedPerson();
    server.clock.advance(4 * MINUTE);
    expect((await browser.get('/moments')).status).toBe(200);
    server.clock.advance(7 * MINUTE);

    for (const path of ['/moments', '/me', '/safety-plan', '/sessions']) {
      const response = await browser.get(path);
      expect(response.status, path).toBe(423);
      expect(response.body.error.code).toBe('app_locked');
    }
    expect((await browser.post('/moments', createMoment())).status).toBe(423);
    expect((await browser.get('/crisis-lines')).status).toBe(200);
    expect((await browser.get('/health')).status).toBe(200);

    const wrong = await browser.post('/auth/unlock', { pin: '000000' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({ code: 'wrong_pin', fields: { pin: 'does not match' } });
    expect(wrong.body.error.message).toMatch(/4 tries/);
    const unlocked = await browser.post('/auth/unlock', { pin: PIN });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.appLock.enabled).toBe(true);
    expect((await browser.get('/moments')).status).toBe(200);
    // Unlocked counts as used: it does not lock again at once.
    server.clock.advance(2 * MINUTE);
    expect((await browser.get('/moments')).status).toBe(200);
  });

  it('locks on time in a tab left open, whose background polls (X-Mend-Background: 1) do not count as use', async () => {
    const { browser } = await lockedPerson();
    const poll = () => browser.request('GET', '/follow-ups/pending', { headers: { 'x-mend-background': '1' } });
    server.clock.advance(5 * MINUTE);
    expect((await poll()).status).toBe(200);
    server.clock.advance(2 * MINUTE);
    expect((await browser.get('/moments')).status).toBe(423);

    const { browser: leftOpen } = await lockedPerson();
    const answers: number[] = [];
    for (let step = 0; step < 12; step++) {
      server.clock.advance(5 * MINUTE);
      answers.push((await leftOpen.request('GET', '/follow-ups/pending', { headers: { 'x-mend-background': '1' } })).status);
    }
    expect(answers).toEqual([200, ...Array(11).fill(423)]);
    expect((await leftOpen.get('/moments')).body.error.code).toBe('app_locked');
  });

  it('locks now on request, only this browser, and lets a locked browser sign out', async () => {
    const { browser, name } = await lockedPerson();
    const other = server.client();
    await other.login(name);
    expect((await browser.post('/auth/lock')).status).toBe(200);
    expect((await browser.get('/moments')).status).toBe(423);
    expect((await other.get('/moments')).status).toBe(200);
    expect((await browser.post('/auth/lock')).status).toBe(200);

    expect((await browser.post('/auth/logout')).status).toBe(200);
    expect((await browser.get('/moments')).status).toBe(401);
  });

  it('signs the browser out after 5 wrong PINs', async () => {
    const { browser, name } = await lockedPerson();
    await browser.post('/auth/lock');
    const cookie = browser.sessionCookie;
    const codes: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      server.clock.advance(2000);
      codes.push((await browser.post('/auth/unlock', { pin: '111111' })).body.error.code);
    }
    expect(codes).toEqual(['wrong_pin', 'wrong_pin', 'wrong_pin', 'wrong_pin', 'signed_out_pin']);
    expect(browser.sessionCookie).toBeNull();
    const stale = new TestClient(server.url);
    stale.sessionCookie = cookie;
    expect((await stale.post('/auth/unlock', { pin: PIN })).status).toBe(401);
    // The password still works: the person is not locked out, only that browser signed out.
    server.clock.advance(20 * MINUTE);
    expect((await browser.login(name)).name).toBe(name);
    const events = (await browser.get('/audit-log')).body.events.filter((event: { kind: string }) => event.kind === 'signed-out-wrong-pin');
    expect(events.map((event: { detail: unknown }) => event.detail)).toEqual([{ wrongPins: 5, device: 'Unknown device' }]);
  });

  it('slows PIN guessing across browsers like sign-in', async () => {
    const { browser, name } = await lockedPerson();
    const second = server.client();
    await second.login(name);
    await browser.post('/auth/lock');
    await second.post('/auth/lock');
    for (let attempt = 0; attempt < 3; attempt++) expect((await browser.post('/auth/unlock', { pin: '111111' })).status).toBe(403);
    for (let attempt = 0; attempt < 2; attempt++) expect((await second.post('/auth/unlock', { pin: '111111' })).status).toBe(403);
    const waiting = await second.post('/auth/unlock', { pin: PIN });
    expect(waiting.status).toBe(429);
    expect(waiting.headers.get('retry-after')).toBe('1');
    server.clock.advance(1000);
    expect((await second.post('/auth/unlock', { pin: PIN })).status).toBe(200);
  });

  it('does not lock personal access tokens, and goes away when the PIN is removed', async () => {
    const { browser } = await lockedPerson();
    const script = new TestClient(server.url);
    script.token = (await browser.post('/tokens', { name: 'script', scopes: ['read'] })).body.token;
    server.clock.advance(30 * MINUTE);
    expect((await browser.get('/moments')).status).toBe(423);
    expect((await script.get('/moments')).status).toBe(200);
    // Removing the PIN needs an unlocked session (and the password).
    expect((await browser.put('/me/app-lock', { password: TEST_PASSWORD, pin: null })).status).toBe(423);
    await browser.post('/auth/unlock', { pin: PIN });
    const removed = await browser.put('/me/app-lock', { password: TEST_PASSWORD, pin: null });
    expect(removed.body).toEqual({ enabled: false, lockAfterMinutes: 5 });
    server.clock.advance(30 * MINUTE);
    expect((await browser.get('/moments')).status).toBe(200);
    expect((await browser.post('/auth/lock')).body.error.code).toBe('no_app_lock');
    expect((await browser.post('/auth/unlock', { pin: PIN })).body.error.code).toBe('no_app_lock');
  });

  it('is for sessions only: a token cannot set, lock or unlock', async () => {
    const { browser } = await lockedPerson();
    const script = new TestClient(server.url);
    script.token = (await browser.post('/tokens', { name: 'everything', scopes: ['read', 'write', 'export', 'import'] })).body.token;
    for (const [path, body] of [['/me/app-lock', { password: TEST_PASSWORD, pin: null }], ['/auth/lock', undefined], ['/auth/unlock', { pin: PIN }]] as const) {
      const response = await script.request(path === '/me/app-lock' ? 'PUT' : 'POST', path, { json: body });
      expect(response.status, path).toBe(403);
      expect(response.body.error.code).toBe('token_not_allowed');
    }
  });
});
