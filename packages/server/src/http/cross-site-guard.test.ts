import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment } from '../test-support/factories';
import { TestClient } from '../test-support/test-client';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { isSameOrigin } from './cross-site-guard';

describe('isSameOrigin', () => {
  it.each([
    ['http://localhost:4321', 'localhost:4321', true],
    ['https://mend.example.org', 'mend.example.org', true],
    ['https://mend.example.org', 'mend.example.org:443', true],
    ['http://LOCALHOST:4321', 'localhost:4321', true],
    ['http://localhost:4322', 'localhost:4321', false],
    ['https://evil.example', 'mend.example.org', false],
    ['null', 'localhost:4321', false],
    ['http://localhost:4321', undefined, false],
  ])('%s from host %s → %s', (origin, host, expected) => {
    expect(isSameOrigin(origin, host)).toBe(expected);
  });
});

describe('cross-site requests and content types over HTTP', () => {
  let server: TestServer;
  let browser: TestClient;
  let ownOrigin: string;
  beforeAll(async () => {
    server = await startTestServer();
    browser = server.client();
    await browser.register('csrf-owner');
    ownOrigin = new URL(server.url).origin;
  });
  afterAll(() => server.close());

  it('refuses a cookie request from another origin', async () => {
    const response = await browser.post('/moments', createMoment(), { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('cross_site');
    expect((await browser.get('/moments')).body.moments).toEqual([]);
  });

  it.each(['cross-site', 'same-site'])('refuses Sec-Fetch-Site: %s', async (site) => {
    const response = await browser.delete('/moments/anything', { headers: { 'sec-fetch-site': site } });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('cross_site');
  });

  it('accepts the same origin, and curl-style requests with no Origin', async () => {
    const sameOrigin = await browser.post('/moments', createMoment(), { headers: { origin: ownOrigin, 'sec-fetch-site': 'same-origin' } });
    expect(sameOrigin.status).toBe(201);
    const curl = await browser.post('/moments', createMoment());
    expect(curl.status).toBe(201);
  });

  it('does not apply to bearer-token requests', async () => {
    const token = (await browser.post('/tokens', { name: 'script', scopes: ['read', 'write'] })).body.token as string;
    const script = new TestClient(server.url);
    script.token = token;
    const response = await script.post('/moments', createMoment(), { headers: { origin: 'https://elsewhere.example' } });
    expect(response.status).toBe(201);
  });

  it('lets cross-site GETs through (they cannot change anything)', async () => {
    expect((await browser.get('/me', { headers: { origin: 'https://evil.example' } })).status).toBe(200);
  });
});
