import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { uniqueName } from '../test-support/factories';
import { TEST_PASSWORD, type TestClient } from '../test-support/test-client';
import { startTestServer, type TestServer } from '../test-support/test-server';

const WRONG = 'not the password at all';

/**
 * Sign-in slowing lives in the database and is on whatever config.rateLimit says (tests run with
 * it off). A server per test: every test comes from one address, whose count would carry over.
 */
describe('slowing down password guessing', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
  });
  afterEach(() => server.close());

  const attempt = (browser: TestClient, name: string, password: string) => browser.post('/auth/login', { name, password });

  async function failTimes(browser: TestClient, name: string, times: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let index = 0; index < times; index++) statuses.push((await attempt(browser, name, WRONG)).status);
    return statuses;
  }

  it('lets 5 failures through, then makes every attempt wait a doubling delay, even with the right password', async () => {
    const name = uniqueName();
    await server.client().register(name);
    const browser = server.client();

    expect(await failTimes(browser, name, 5)).toEqual([401, 401, 401, 401, 401]);
    const waiting = await attempt(browser, name, TEST_PASSWORD);
    expect(waiting.status).toBe(429);
    expect(waiting.body.error.code).toBe('rate_limited');
    expect(waiting.headers.get('retry-after')).toBe('1');
    expect(waiting.body.error.message).toMatch(/wait 1 second/);
    expect(browser.sessionCookie).toBeNull();

    server.clock.advance(1000);
    expect((await attempt(browser, name, WRONG)).status).toBe(401);
    const longer = await attempt(browser, name, TEST_PASSWORD);
    expect(longer.status).toBe(429);
    expect(longer.headers.get('retry-after')).toBe('2');

    server.clock.advance(2000);
    expect((await attempt(browser, name, TEST_PASSWORD)).status).toBe(200);
    // Success wiped the account's count: a few more mistakes are no trouble.
    expect(await failTimes(server.client(), name, 5)).toEqual([401, 401, 401, 401, 401]);
  });

  it('slows a name that does not exist the same way, with the same answers', async () => {
    const real = uniqueName();
    await server.client().register(real);
    const ghost = uniqueName();
    await failTimes(server.client(), real, 5);
    await failTimes(server.client(), ghost, 5);
    const forReal = await attempt(server.client(), real, WRONG);
    const forGhost = await attempt(server.client(), ghost, WRONG);
    expect(forGhost.status).toBe(429);
    expect(forGhost.body).toEqual(forReal.body);
    expect(forGhost.headers.get('retry-after')).toBe(forReal.headers.get('retry-after'));
  });

  it('counts by name whatever its case', async () => {
    const name = uniqueName();
    await failTimes(server.client(), name.toUpperCase(), 5);
    expect((await attempt(server.client(), name.toLowerCase(), WRONG)).status).toBe(429);
  });

  it('never makes anyone wait more than 15 minutes', async () => {
    const name = uniqueName();
    const browser = server.client();
    const waits: number[] = [];
    // Fail, wait as told, fail again: 1, 2, 4 … seconds until the cap.
    for (let round = 0; round < 30; round++) {
      const response = await attempt(browser, name, WRONG);
      if (response.status === 429) {
        waits.push(Number(response.headers.get('retry-after')));
        server.clock.advance(waits.at(-1)! * 1000);
      }
    }
    expect(waits.slice(0, 5)).toEqual([1, 2, 4, 8, 16]);
    expect(Math.max(...waits)).toBe(15 * 60);
    expect(waits.at(-1)).toBe(15 * 60);
  });

  it('forgets failures after 15 quiet minutes', async () => {
    const name = uniqueName();
    await server.client().register(name);
    expect(await failTimes(server.client(), name, 4)).toEqual([401, 401, 401, 401]);
    server.clock.advance(15 * 60 * 1000 + 1000);
    expect(await failTimes(server.client(), name, 4)).toEqual([401, 401, 401, 401]);
    expect((await attempt(server.client(), name, TEST_PASSWORD)).status).toBe(200);
  });

  it('keeps counting across a restart: the count is in the database, shared by every server process', async () => {
    const name = uniqueName();
    await failTimes(server.client(), name, 5);
    await server.restart();
    expect((await attempt(server.client(), name, WRONG)).status).toBe(429);
  });
});

describe('slowing down one address trying many names', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
  });
  afterAll(() => server.close());

  it('lets 20 failures through from one address, then refuses even a right password for another account', async () => {
    const name = uniqueName();
    await server.client().register(name);
    const statuses: number[] = [];
    for (let index = 0; index < 20; index++) statuses.push((await server.client().post('/auth/login', { name: `guess-${index}`, password: WRONG })).status);
    expect(statuses.every((status) => status === 401)).toBe(true);

    const refused = await server.client().post('/auth/login', { name, password: TEST_PASSWORD });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');

    server.clock.advance(1000);
    expect((await server.client().post('/auth/login', { name, password: TEST_PASSWORD })).status).toBe(200);
  });
});

describe('behind a reverse proxy the operator trusts (MEND_TRUST_PROXY)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true, trustProxy: '127.0.0.1' } });
  });
  afterAll(() => server.close());

  const from = (address: string, name: string, password: string) =>
    server.client().post('/auth/login', { name, password }, { headers: { 'x-forwarded-for': address } });

  it('counts each client address the proxy names, so one guesser does not slow everyone behind it', async () => {
    const name = uniqueName();
    await server.client().register(name);
    for (let index = 0; index < 20; index++) expect((await from('203.0.113.9', `guess-${index}`, WRONG)).status).toBe(401);
    expect((await from('203.0.113.9', name, TEST_PASSWORD)).status).toBe(429);
    expect((await from('198.51.100.4', name, TEST_PASSWORD)).status).toBe(200);
  });
});

describe('a browser the person has signed in from before', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
  });
  afterEach(() => server.close());

  async function knownBrowser(name: string): Promise<TestClient> {
    const browser = server.client();
    await browser.register(name);
    await browser.post('/auth/logout');
    expect(browser.deviceCookie).not.toBeNull();
    return browser;
  }

  it('is not kept out by a stranger’s failures at the name; a new browser still waits', async () => {
    const name = uniqueName();
    const mine = await knownBrowser(name);
    for (let index = 0; index < 10; index++) await server.client().post('/auth/login', { name, password: WRONG });
    expect((await server.client().post('/auth/login', { name, password: TEST_PASSWORD })).status).toBe(429);

    expect((await mine.post('/auth/login', { name, password: TEST_PASSWORD })).status).toBe(200);
    // The stranger's count stays: the name still waits for everyone else.
    expect((await server.client().post('/auth/login', { name, password: TEST_PASSWORD })).status).toBe(429);
  });

  it('is slowed on its own: 5 failures from it, then it waits too', async () => {
    const name = uniqueName();
    const mine = await knownBrowser(name);
    for (let index = 0; index < 5; index++) expect((await mine.post('/auth/login', { name, password: WRONG })).status).toBe(401);
    expect((await mine.post('/auth/login', { name, password: TEST_PASSWORD })).status).toBe(429);
    // Its failures are not the account's: another browser is not slowed by them.
    const other = server.client();
    expect((await other.post('/auth/login', { name, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('counts only for its own account: another person’s known browser waits like a new one', async () => {
    const name = uniqueName();
    await knownBrowser(name);
    const someoneElse = await knownBrowser(uniqueName());
    for (let index = 0; index < 5; index++) await server.client().post('/auth/login', { name, password: WRONG });
    expect((await someoneElse.post('/auth/login', { name, password: TEST_PASSWORD })).status).toBe(429);
  });
});
