import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { collectCspViolations } from './support/csp';
import { startMend, type RunningMend } from './support/mend-server';
import { mainScreens } from './support/screens';

describe.skipIf(!chromiumAvailable)('"I need help now" is one tap away on every screen', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;
  let momentId: string;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    context = await signedInContext(browser, mend.url, { name: 'ben', password: 'steady steady steady' });
    const created = await context.request.post('/api/v1/moments', { data: { distressBefore: 6 } });
    momentId = (await created.json()).id;
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it.each(['/', '/log', '/history', '/toolkit', '/toolkit/box-breathing', '/settings'])('from %s', async (path) => {
    const page = await context.newPage();
    await open(page, path);
    // The safety plan is one tap away too.
    expect(await page.getByRole('link', { name: 'My safety plan', exact: true }).getAttribute('href')).toBe('/safety-plan');
    await page.getByRole('link', { name: 'I need help now' }).click();
    await page.waitForURL('**/help');
    await page.locator('a[href^="tel:"]').first().waitFor();
    await page.close();
  });

  it('from the moment page', async () => {
    const page = await context.newPage();
    await open(page, mainScreens(momentId).find((screen) => screen.name === 'a moment')!.path);
    await page.getByRole('link', { name: 'I need help now' }).click();
    await page.waitForURL('**/help');
    await page.close();
  });

  it('when signed out, and shows lines for the chosen country with tel: and sms: links', async () => {
    const stranger = await browser.newContext({ baseURL: mend.url, locale: 'en-GB' });
    const page = await stranger.newPage();
    await open(page, '/');
    await page.getByRole('link', { name: 'I need help now' }).click();
    await page.waitForURL('**/help');
    await page.locator('a[href="tel:116123"]').first().waitFor();
    await page.locator('a[href^="sms:85258"]').first().waitFor();
    await page.getByRole('link', { name: 'My safety plan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await stranger.close();
  });

  it('loads without any Content-Security-Policy violation (no eval, no inline script)', async () => {
    const page = await context.newPage();
    const violations = await collectCspViolations(page);
    for (const path of ['/', '/help', '/safety-plan', '/toolkit', '/insights']) await open(page, path);
    await page.getByRole('link', { name: 'I need help now' }).click();
    await page.waitForURL('**/help');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('keeps working when the server is unreachable', async () => {
    const page = await context.newPage();
    await context.route('**/api/**', (route) => route.abort());
    await open(page, '/help');
    await page.getByRole('combobox').first().selectOption('US');
    await page.locator('a[href="tel:988"]').first().waitFor();
    await context.unroute('**/api/**');
    await page.close();
  });
});
