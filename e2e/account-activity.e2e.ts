import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from './support/axe';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';

describe.skipIf(!chromiumAvailable)('account activity: what was done with the account, in plain words', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    context = await signedInContext(browser, mend.url, { name: 'jo', password: 'who else was here' });
    const moment = await context.request.post('/api/v1/moments', { data: { distressBefore: 5, note: 'a private line' } });
    expect(moment.status()).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it('a CSV export from Settings downloads with the session and then shows in the activity list', async () => {
    const page = await context.newPage();
    await open(page, '/settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Moments as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mend-moments-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(csv).toString('utf8')).toContain('a private line');

    await page.getByRole('link', { name: 'See account activity' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account activity' }).waitFor();
    const first = page.locator('.activity-list li').first();
    await first.waitFor();
    expect(await first.locator('.activity-words').innerText()).toBe('You exported your moments as CSV');
    // The person's own words never appear in the log.
    expect(await page.locator('main').innerText()).not.toContain('a private line');
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });
});
