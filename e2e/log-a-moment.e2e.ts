import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';

describe.skipIf(!chromiumAvailable)('a person logs a hard moment and sees it, from a fresh start', () => {
  let mend: RunningMend;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    page = await (await browser.newContext({ baseURL: mend.url })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it('offers to create the owner account on the first visit and says where the data lives', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/welcome/i);
    await expect(page.getByText(/data/i).first().isVisible()).resolves.toBe(true);
    await page.getByLabel('Name', { exact: true }).fill('ana');
    await page.getByLabel('Password', { exact: true }).fill('a calm lake at dawn');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { name: 'How hard is it right now?' }).waitFor();
  });

  it('quick-logs a moment in three interactions', async () => {
    const started = performance.now();
    await page.getByRole('radio', { name: /^7\b/ }).check(); // 1
    await page.getByRole('button', { name: 'Box breathing' }).click(); // 2
    await page.getByRole('button', { name: 'Save', exact: true }).click(); // 3
    await page.getByRole('status').getByText(/saved/i).waitFor();
    const elapsed = performance.now() - started;
    console.log(`quick log: 3 interactions, ${elapsed.toFixed(0)} ms from first tap to saved`);

    const stored = await page.request.get('/api/v1/moments');
    const { moments } = await stored.json();
    expect(moments).toHaveLength(1);
    expect(moments[0]).toMatchObject({ distressBefore: 7, skillIds: ['box-breathing'], distressAfter: null });
  });

  it('shows the moment in history, newest first, with distress before → after', async () => {
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: /history/i }).waitFor();
    const row = page.getByRole('link', { name: /7/ }).first();
    await expect(row.textContent()).resolves.toMatch(/7/);
  });

  it('edits the moment and adds distress after later', async () => {
    await page.getByRole('link', { name: /7/ }).first().click();
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await page.getByRole('group', { name: /after/i }).getByRole('radio', { name: /^3\b/ }).check();
    await page.getByLabel(/note/i).fill('Breathing took the edge off.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => {
      const { moments } = await (await page.request.get('/api/v1/moments')).json();
      return moments[0];
    }).toMatchObject({ distressBefore: 7, distressAfter: 3, note: 'Breathing took the edge off.' });
  });

  it('adds a later check-in, and removes it again', async () => {
    const storedFollowUps = async () => (await (await page.request.get('/api/v1/moments')).json()).moments[0].followUps;
    const checkIns = page.getByRole('group', { name: 'Later check-ins' });
    const add = page.getByRole('group', { name: 'Add a check-in' });
    await add.getByRole('group', { name: 'How hard is it now?' }).getByRole('radio', { name: /^2\b/ }).check();
    await add.getByRole('button', { name: 'Add check-in' }).click();
    const remove = checkIns.getByRole('button', { name: /^Remove check-in at / });
    await remove.waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(storedFollowUps).toEqual([{ at: expect.any(String), distress: 2 }]);
    // The time defaults to now.
    const [followUp] = await storedFollowUps();
    expect(Math.abs(Date.parse(followUp.at) - Date.now())).toBeLessThan(5 * 60 * 1000);
    await expect(checkIns.getByText('distress 2').isVisible()).resolves.toBe(true);

    await remove.click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(storedFollowUps).toEqual([]);
    await checkIns.getByText('None yet.').waitFor();
  });

  it('deletes the moment after a confirm, and can undo', async () => {
    await page.goto('/history');
    await page.getByRole('link', { name: /7/ }).first().click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('Delete this moment?').waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).last().click();
    await page.getByText('Moment deleted').waitFor();
    const afterDelete = await (await page.request.get('/api/v1/moments')).json();
    expect(afterDelete.moments).toHaveLength(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await (await page.request.get('/api/v1/moments')).json()).moments.length).toBe(1);
  });
});
