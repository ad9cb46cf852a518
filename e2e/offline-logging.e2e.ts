import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';

/** Quick log: a level, Save, and the calm "kept on this device" status. */
async function logWhileAway(page: Page, level: number): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${level}\\b`) }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').getByText('Saved on this device.').waitFor();
}

async function storedMoments(request: APIRequestContext): Promise<Array<{ distressBefore: number; occurredAt: string }>> {
  return (await (await request.get('/api/v1/moments')).json()).moments;
}

/** The home screen with the person's skills loaded, and those answers remembered on the device. */
async function openHomeAndRemember(page: Page): Promise<void> {
  await open(page, '/');
  await page.getByRole('button', { name: 'Box breathing' }).waitFor();
  // The remembered copy is written a second after the answers arrive.
  await page.waitForFunction(() => (localStorage.getItem('mend.remembered') ?? '').includes('"skills"'));
}

describe.skipIf(!chromiumAvailable)('moments logged without the server wait on the device and arrive once', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mend = await startMend({ MEND_OPEN_REGISTRATION: 'true' });
    browser = await launchBrowser();
    context = await signedInContext(browser, mend.url, { name: 'dee', password: 'the tide comes back' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.setOffline(false);
    await browser?.close();
    await mend?.stop();
  });

  it('offline: help, the safety plan, the toolkit and the quick log work; a reload loses nothing; back online, exactly two arrive', async () => {
    await context.request.put('/api/v1/preferences', { data: { country: 'AU' } });
    const plan = {
      warningSigns: ['I stop answering messages'], calmingSkillIds: ['box-breathing'], calmingIdeas: [], distractions: [],
      helpers: [{ name: 'Kai', phone: '0400 000 000', note: null }], professionals: [], saferSurroundings: [], reasons: ['My dog'], photo: null,
    };
    expect((await context.request.put('/api/v1/safety-plan', { data: plan })).ok()).toBe(true);
    // Opening the plan once, signed in, keeps a copy of it (and the country) on this device.
    await open(page, '/safety-plan');
    await page.getByText('I stop answering messages').waitFor();
    await page.getByRole('link', { name: 'Call 13 11 14' }).first().waitFor();
    await openHomeAndRemember(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await mend.stopProcess();
    await context.setOffline(true);
    const cutAt = Date.now();

    await open(page, '/help');
    await page.locator('a[href^="tel:"]').first().waitFor();
    await open(page, '/safety-plan');
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await page.getByText('I stop answering messages').waitFor();
    expect(await page.getByRole('link', { name: 'Call Kai' }).getAttribute('href')).toBe('tel:0400000000');
    await page.getByRole('link', { name: 'Call 13 11 14' }).first().waitFor();
    // The toolkit and a skill's guided steps, from what the device remembers.
    await open(page, '/toolkit');
    await page.getByRole('link', { name: 'Box breathing' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Box breathing' }).waitFor();
    expect(await page.locator('.steps li').count()).toBeGreaterThan(2);

    await open(page, '/');
    await page.getByRole('heading', { level: 1, name: 'How hard is it right now?' }).waitFor();
    await logWhileAway(page, 7);
    await page.getByRole('link', { name: 'Log another' }).click();
    await logWhileAway(page, 5);
    await page.getByText('2 moments waiting to be sent.').waitFor();
    expect(await page.getByText(/fail|error/i).count()).toBe(0);

    // Mid-outbox reload, still offline: the app comes from the service worker, the moments from IndexedDB.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'How hard is it right now?' }).waitFor();
    await page.getByText('2 moments waiting to be sent.').waitFor();
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    await expect.poll(() => page.getByText('Waiting to be sent', { exact: true }).count()).toBe(2);

    await mend.restart();
    await context.setOffline(false);

    await expect.poll(() => page.getByText('Waiting to be sent', { exact: true }).count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: /distress \d/ }).count(), { timeout: 10_000 }).toBe(2);
    expect(await page.getByText(/waiting to be sent/).count()).toBe(0);

    const moments = await storedMoments(context.request);
    expect(moments.map((moment) => moment.distressBefore).sort()).toEqual([5, 7]);
    // Each keeps the time of its tap, not the time it arrived.
    for (const moment of moments) expect(Date.parse(moment.occurredAt)).toBeLessThan(cutAt + 60_000);
  });

  it('with only the server down (the browser online), a moment waits and arrives once', async () => {
    const other = await signedInContext(browser, mend.url, { name: 'eli', password: 'slow and steady breath' });
    const second = await other.newPage();
    try {
      await openHomeAndRemember(second);
      await mend.stopProcess();

      await logWhileAway(second, 6);
      await second.getByText(/Mend can’t reach its server right now/).waitFor();
      await second.getByText('1 moment waiting to be sent.').waitFor();

      await mend.restart();
      // Nothing tells the browser the server is back: the outbox tries again on its own.
      await expect.poll(() => second.getByText('1 moment waiting to be sent.').count(), { timeout: 40_000 }).toBe(0);
      await expect.poll(() => second.getByText(/can’t reach its server/).count(), { timeout: 20_000 }).toBe(0);
      expect((await storedMoments(other.request)).map((moment) => moment.distressBefore)).toEqual([6]);
    } finally {
      await other.close();
    }
  });
});
