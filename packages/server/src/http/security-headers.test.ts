import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configFromEnv } from '../config';
import { makeDataDir, startTestServer, type TestServer } from '../test-support/test-server';
import { PERMISSIONS_POLICY, securityHeaders } from './security-headers';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** The headers every answer carries; e2e/stored-text-and-origins.e2e.ts checks them in Chromium too. */
function expectUsualHeaders(headers: Headers) {
  const csp = headers.get('content-security-policy') ?? '';
  const scriptSrc = csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src ')) ?? '';
  expect(scriptSrc).toBe("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(headers.get('permissions-policy')).toMatch(/(^|, )camera=\(\)/);
  expect(headers.get('permissions-policy')).toContain('microphone=()');
  expect(headers.get('permissions-policy')).toContain('geolocation=()');
  expect(headers.get('x-powered-by')).toBeNull();
}

describe('security headers', () => {
  it('are on API answers (which no cache may keep), errors included', async () => {
    const server = await startTestServer();
    servers.push(server);
    const health = await fetch(`${server.url}/api/v1/health`);
    expectUsualHeaders(health.headers);
    expect(health.headers.get('cache-control')).toBe('no-store');
    const refused = await fetch(`${server.url}/api/v1/moments`);
    expect(refused.status).toBe(401);
    expectUsualHeaders(refused.headers);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('are on the web app\'s page and files, which stay cacheable for the offline app', async () => {
    const dataDir = makeDataDir();
    const webDist = path.join(dataDir, 'web');
    fs.mkdirSync(path.join(webDist, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Mend</title>');
    fs.writeFileSync(path.join(webDist, 'assets', 'app-1234.js'), 'console.log(1)');
    const server = await startTestServer({ config: { dataDir, webDist } });
    servers.push(server);
    const page = await fetch(`${server.url}/history`);
    expectUsualHeaders(page.headers);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${server.url}/assets/app-1234.js`);
    expectUsualHeaders(asset.headers);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });
});

describe('securityHeaders (worked out once, at start)', () => {
  const config = (secureCookies: boolean) => ({ ...configFromEnv({ MEND_DATA_DIR: '/unused' }), secureCookies });

  it('sends HTTPS-only headers only when Mend is served over HTTPS', () => {
    const plain = securityHeaders(config(false));
    expect(plain['strict-transport-security']).toBeUndefined();
    expect(plain['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const secure = securityHeaders(config(true));
    expect(secure['strict-transport-security']).toBe('max-age=15552000');
    expect(secure['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('leaves out what helmet removes and keeps what it sets, Permissions-Policy added', () => {
    const headers = securityHeaders(config(false));
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
    expect(Object.keys(headers).every((name) => name === name.toLowerCase())).toBe(true);
  });
});
