import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';

const PLAN = {
  warningSigns: [], calmingSkillIds: ['cold-water'], calmingIdeas: ['Sit on the back step'], distractions: [],
  helpers: [{ name: 'Sam', phone: '07700 900123', note: null }], professionals: [], saferSurroundings: [], reasons: [], photo: null,
};

function offer(page: Page) {
  return page.getByRole('dialog', { name: 'You don’t have to get through this on your own' });
}

describe.skipIf(!chromiumAvailable)('after a moment that sounds like a crisis, a calm full-screen offer', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    context = await signedInContext(browser, mend.url, { name: 'rae', password: 'one breath at a time' });
    await context.request.put('/api/v1/preferences', { data: { country: 'GB' } });
    await context.request.put('/api/v1/safety-plan', { data: PLAN });
    page = await context.newPage();
    // The plan's copy on this device is what the offer shows.
    await open(page, '/safety-plan');
    await page.getByText('Sit on the back step').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it('comes after a quick log at 10, with the plan and the lines, passes axe, and closes with Escape', async () => {
    await open(page, '/');
    await page.getByRole('radio', { name: /^10\b/ }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await offer(page).waitFor();
    await offer(page).getByText('Cold water').waitFor();
    expect(await offer(page).getByRole('link', { name: 'Call Sam' }).getAttribute('href')).toBe('tel:07700900123');
    await offer(page).getByRole('link', { name: 'Call 116 123' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('crisis-offer-heading');

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

    await page.keyboard.press('Escape');
    await offer(page).waitFor({ state: 'detached' });
    await page.getByRole('status').getByText(/Saved/).waitFor();
    // Focus comes back to the screen (within a frame or two), not left on the page's body.
    await page.waitForFunction(() => document.activeElement?.closest('#main') !== null, undefined, { timeout: 2000 });
  });

  it('does not come after a 9', async () => {
    await open(page, '/');
    await page.getByRole('radio', { name: /^9\b/ }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').getByText(/Saved/).waitFor();
    await page.getByText('That sounds very heavy.', { exact: false }).waitFor();
    expect(await offer(page).count()).toBe(0);
  });

  it('comes after a full log with "don\'t want to be here", over History, and closes with its button', async () => {
    await open(page, '/log');
    await page.getByRole('group', { name: 'How hard was it?' }).getByRole('radio', { name: /^3\b/ }).check();
    await page.getByRole('checkbox', { name: "don't want to be here" }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await offer(page).waitFor();
    await page.waitForURL('**/history');
    await offer(page).getByRole('button', { name: 'Close' }).click();
    await offer(page).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  });

  it('comes even when the server is down and the moment waits on the device', async () => {
    await open(page, '/');
    await page.getByRole('radio', { name: /^10\b/ }).waitFor();
    await mend.stopProcess();
    try {
      await page.getByRole('radio', { name: /^10\b/ }).check();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await offer(page).waitFor();
      await offer(page).getByRole('link', { name: 'Call 116 123' }).waitFor();
      await offer(page).getByRole('link', { name: 'Open my safety plan' }).click();
      await page.waitForURL('**/safety-plan');
      await page.getByText('Sit on the back step').waitFor();
      expect(await offer(page).count()).toBe(0);
    } finally {
      await mend.restart();
    }
  });
});
