import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';

/** Paths of everything in the page's Cache Storage (the service worker's precache). */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

describe.skipIf(!chromiumAvailable)('the app shell works offline, from the service worker', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    context = await signedInContext(browser, mend.url, { name: 'cai', password: 'slow breath out' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.setOffline(false);
    await browser?.close();
    await mend?.stop();
  });

  it('serves the worker, its runtime and the manifest with the right types, revalidated on every visit', async () => {
    const worker = await context.request.get('/sw.js');
    expect(worker.headers()['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(worker.headers()['cache-control']).toBe('no-cache');
    const runtime = (await worker.text()).match(/workbox-[\w-]+(?=["'])/)?.[0];
    expect(runtime).toBeDefined();
    expect((await context.request.get(`/${runtime}.js`)).headers()['content-type']).toMatch(/javascript/);

    const manifest = await context.request.get('/manifest.webmanifest');
    expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers()['cache-control']).toBe('no-cache');
    expect(await manifest.json()).toMatchObject({ name: 'Mend', short_name: 'Mend', start_url: '/', display: 'standalone' });
  });

  it('installs on the first visit and precaches the whole shell, the charts chunk too, and nothing from the API', async () => {
    await open(page, '/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const paths = await cachedPaths(page);
    expect(paths).toContain('/index.html');
    expect(paths.some((path) => /^\/assets\/charts-[\w-]+\.js$/.test(path))).toBe(true);
    expect(paths).toContain('/manifest.webmanifest');
    expect(paths.filter((path) => path.startsWith('/api'))).toEqual([]);
  });

  it('opens "I need help now" and the shell with the server down and the browser offline', async () => {
    await mend.stopProcess();
    await context.setOffline(true);

    await page.reload();
    expect((await page.goto('/help'))?.fromServiceWorker()).toBe(true);
    await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/carry this alone/);
    await page.locator('a[href^="tel:"]').first().waitFor();

    await page.goto('/');
    await page.getByRole('link', { name: 'I need help now' }).waitFor();

    // A deep link in a new tab, never opened before, comes from the cached index.html as well.
    const fresh = await context.newPage();
    expect((await fresh.goto('/toolkit/box-breathing'))?.fromServiceWorker()).toBe(true);
    await fresh.getByRole('link', { name: 'I need help now' }).click();
    await fresh.waitForURL('**/help');
    await fresh.locator('a[href^="tel:"]').first().waitFor();
    await fresh.close();

    // The API is never answered from a cache.
    expect(await page.evaluate(() => fetch('/api/v1/health').then(() => 'answered', () => 'failed'))).toBe('failed');
  });

  it('talks to the server again once it is back, still signed in', async () => {
    await mend.restart();
    await context.setOffline(false);

    expect(await page.evaluate(() => fetch('/api/v1/health').then((response) => response.status))).toBe(200);
    expect(await page.evaluate(() => fetch('/api/v1/me').then((response) => response.status))).toBe(200);
    await open(page, '/');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  });
});
