import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createMoment } from '../test-support/factories';
import { withoutCrisisOffer } from '../test-support/test-client';
import { makeDataDir, startTestServer, testConfig, type TestServer } from '../test-support/test-server';
import { buildApp } from './build-app';
import { openStorage } from '../storage/open-storage';

const servers: TestServer[] = [];
const start = async (...args: Parameters<typeof startTestServer>) => {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
};
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe('startServer', () => {
  it('binds a real port when asked for port 0 and reports health', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
    const health = await server.client().get('/health');
    expect(health.body).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/), database: 'sqlite' });
  });

  it('keeps data across a restart on the same data directory', async () => {
    const server = await start();
    const before = server.client();
    await before.register('keeper');
    const moment = withoutCrisisOffer((await before.post('/moments', createMoment())).body);
    const token = (await before.post('/tokens', { name: 'cli', scopes: ['read'] })).body.token;

    await server.restart();
    const after = server.client();
    await after.login('keeper');
    expect((await after.get(`/moments/${moment.id}`)).body).toEqual(moment);
    // Sessions live in the database too: the old cookie still works after a restart.
    const returning = server.client();
    returning.sessionCookie = before.sessionCookie;
    expect((await returning.get('/me')).status).toBe(200);
    const cli = server.client();
    cli.token = token;
    expect((await cli.get('/me')).status).toBe(200);
  });

  it('sends security headers with a CSP that fits the web app', async () => {
    const server = await start();
    const response = await server.client().get('/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('says how to build the web app when there is no build', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('npm run build');
    expect((await fetch(`${server.url}/api/v1/nothing-here`)).status).toBe(404);
  });

  it('serves the built web app with a fallback to index.html for app routes', async () => {
    const dataDir = makeDataDir();
    const webDist = path.join(dataDir, 'web');
    fs.mkdirSync(path.join(webDist, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Mend</title>');
    fs.writeFileSync(path.join(webDist, 'assets', 'app-1234.js'), 'console.log(1)');
    const big = `console.log(${JSON.stringify('x'.repeat(5000))})`;
    fs.writeFileSync(path.join(webDist, 'assets', 'big-1234.js'), big);
    fs.writeFileSync(path.join(webDist, 'assets', 'big-1234.js.br'), zlib.brotliCompressSync(big));
    const server = await start({ config: { dataDir, webDist } });

    const index = await fetch(`${server.url}/`);
    expect(await index.text()).toContain('<title>Mend</title>');
    expect(index.headers.get('cache-control')).toBe('no-cache');

    const asset = await fetch(`${server.url}/assets/app-1234.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');

    // The build's compressed copy goes to a browser that accepts it; the file itself to one that doesn't.
    const compressed = await fetch(`${server.url}/assets/big-1234.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('content-type')).toMatch(/javascript/);
    expect(await compressed.text()).toBe(big);
    const plain = await fetch(`${server.url}/assets/big-1234.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(big);

    const deepLink = await fetch(`${server.url}/moments/abc`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<title>Mend</title>');

    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    const api = await fetch(`${server.url}/api/v1/unknown`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('when something breaks inside', () => {
  it('answers 500 with a generic message and no internals', async () => {
    const dataDir = makeDataDir();
    const storage = await openStorage({ dataDir });
    const app = await buildApp(storage, testConfig(dataDir));
    await storage.close(); // every query now fails
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(response.statusCode).toBe(500);
      const body = response.json();
      expect(body).toEqual({ error: { code: 'internal', message: expect.stringContaining('Something went wrong'), fields: {} } });
      expect(response.body).not.toMatch(/destroy|kysely|sqlite|\.ts/i);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
