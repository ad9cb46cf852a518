import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueName } from '../../test-support/factories';
import { TEST_PASSWORD } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

describe('signing up and in (closed registration)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('asks for an owner, makes the first account the owner and signs it in', async () => {
    const browser = server.client();
    expect((await browser.get('/auth/setup')).body).toEqual({ needsOwner: true, registrationOpen: true });

    const response = await browser.post('/auth/register', { name: 'Sam', password: TEST_PASSWORD });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'Sam', role: 'owner', createdAt: server.clock.now().toISOString() });
    expect(response.body).toMatchObject({ appLock: { enabled: false, lockAfterMinutes: 5 }, idleSignOutMinutes: null });

    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('mend_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=2592000/);
    expect(cookie).not.toMatch(/Secure/);

    expect((await browser.get('/me')).body).toEqual(response.body);
    expect((await browser.get('/auth/setup')).body).toEqual({ needsOwner: false, registrationOpen: false });
  });

  it('refuses registration once there is an owner, pointing to `mend user add`', async () => {
    const response = await server.client().post('/auth/register', { name: uniqueName(), password: TEST_PASSWORD });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('registration_closed');
    expect(response.body.error.message).toContain('mend user add');
  });

  it('signs in with the name in any case, and out again', async () => {
    const browser = server.client();
    const me = await browser.login('sAM');
    expect(me.name).toBe('Sam');
    expect((await browser.get('/me')).status).toBe(200);

    const sessionBefore = browser.sessionCookie;
    const logout = await browser.post('/auth/logout');
    expect(logout.status).toBe(200);
    expect(logout.body).toEqual({ ok: true });
    expect(browser.sessionCookie).toBeNull();

    // The old cookie no longer works: the session row is gone, not only the cookie.
    browser.sessionCookie = sessionBefore;
    const after = await browser.get('/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
  });

  it('ends the old session when the same browser signs in again', async () => {
    const browser = server.client();
    await browser.login('Sam');
    const first = browser.sessionCookie;
    await browser.login('Sam');
    expect(browser.sessionCookie).not.toBe(first);
    const stale = server.client();
    stale.sessionCookie = first;
    expect((await stale.get('/me')).status).toBe(401);
    expect((await browser.get('/me')).status).toBe(200);
  });

  it('gives the same answer for an unknown name and a wrong password', async () => {
    const wrongPassword = await server.client().post('/auth/login', { name: 'Sam', password: 'not the password' });
    const unknownName = await server.client().post('/auth/login', { name: 'nobody-here', password: 'not the password' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownName.status).toBe(401);
    expect(unknownName.body).toEqual(wrongPassword.body);
    expect(wrongPassword.body.error.code).toBe('unauthenticated');
  });

  it('needs a session for personal data', async () => {
    for (const path of ['/me', '/moments', '/tokens', '/skills', '/tags', '/export']) {
      const response = await server.client().get(path);
      expect(response.status, path).toBe(401);
      expect(response.body.error.code).toBe('unauthenticated');
    }
  });

  it('keeps a session alive while it is used and ends it after 30 idle days', async () => {
    const browser = server.client();
    await browser.login('Sam');
    server.clock.advance(20 * 24 * 3600 * 1000);
    const renewed = await browser.get('/me');
    expect(renewed.status).toBe(200);
    expect(renewed.headers.getSetCookie().some((line) => line.startsWith('mend_session=') && /Max-Age=2592000/.test(line))).toBe(true);

    server.clock.advance(29 * 24 * 3600 * 1000);
    expect((await browser.get('/me')).status).toBe(200);

    server.clock.advance(31 * 24 * 3600 * 1000);
    expect((await browser.get('/me')).status).toBe(401);
  });
});

describe('open registration and secure cookies', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true, secureCookies: true } });
  });
  afterAll(() => server.close());

  it('lets more people sign up as persons and marks cookies Secure', async () => {
    const owner = server.client();
    expect((await owner.register('first')).role).toBe('owner');
    const second = await server.client().post('/auth/register', { name: 'second', password: TEST_PASSWORD });
    expect(second.status).toBe(201);
    expect(second.body.role).toBe('person');
    expect(second.headers.getSetCookie().join('\n')).toMatch(/mend_session=[^;]+;.*Secure/);
    expect((await server.client().get('/auth/setup')).body).toEqual({ needsOwner: false, registrationOpen: true });
  });

  it('refuses a name that is taken, whatever its case', async () => {
    const response = await server.client().post('/auth/register', { name: 'FIRST', password: TEST_PASSWORD });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: 'conflict', fields: { name: 'is already taken' } });
  });

  it('checks the credentials shape', async () => {
    const response = await server.client().post('/auth/register', { name: 'has space', password: 'short' });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(['name', 'password']);
  });
});

describe('rate limiting sign-in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { rateLimit: true } });
  });
  afterAll(() => server.close());

  it('answers 429 after 20 attempts a minute from one address', async () => {
    const browser = server.client();
    const statuses: number[] = [];
    // A new name each time, so only the limits per address apply (sign-in-protection.test.ts has the per-account ones).
    for (let attempt = 0; attempt < 21; attempt++) {
      statuses.push((await browser.post('/auth/login', { name: `nobody-${attempt}`, password: 'whatever-it-is' })).status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    const limited = await browser.post('/auth/login', { name: 'nobody', password: 'whatever-it-is' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    // Other routes are not limited.
    expect((await browser.get('/health')).status).toBe(200);
  });
});

describe('racing to become the owner', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('lets exactly one of several simultaneous registrations in', async () => {
    const attempts = await Promise.all(
      ['one', 'two', 'three', 'four'].map((name) => server.client().post('/auth/register', { name, password: TEST_PASSWORD })),
    );
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([201, 403, 403, 403]);
  });
});
