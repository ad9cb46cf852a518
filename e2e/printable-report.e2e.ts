import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from './support/axe';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { mendCli } from './support/mend-cli';
import { startMend, type RunningMend } from './support/mend-server';

describe.skipIf(!chromiumAvailable)('the printable report, from sixty days of demo data', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    context = await signedInContext(browser, mend.url, { name: 'ida', password: 'paper and a pen' });
    expect(mendCli(mend, ['demo', '--user', 'ida', '--days', '60', '--seed', '7'])).toMatch(/Added a demo history to ida/);
    const plan = await context.request.put('/api/v1/safety-plan', {
      data: {
        warningSigns: ['I stop answering messages'], calmingSkillIds: ['box-breathing'], calmingIdeas: [], distractions: ['The library'],
        helpers: [], professionals: [], saferSurroundings: [], reasons: ['My niece'], photo: null,
      },
    });
    expect(plan.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it('is reached from Settings and shows every part chosen, for the period chosen', async () => {
    const page = await context.newPage();
    await open(page, '/settings');
    await page.getByRole('link', { name: 'Make a printable report' }).click();
    await page.getByRole('heading', { level: 1, name: 'My Mend report' }).waitFor();
    await expect.poll(() => page.locator('.report-made').innerText()).toMatch(/^From .+ to .+ · made with Mend on .+/);
    for (const section of ['Summary', 'Moments', 'Practices', 'Wins and milestones', 'My safety plan']) {
      await page.getByRole('heading', { level: 2, name: section, exact: true }).waitFor();
    }
    await page.getByText('I stop answering messages').waitFor();
    const rows = async () => page.getByRole('region', { name: 'Moments' }).locator('tbody tr').count();
    await expect.poll(rows).toBeGreaterThan(5);
    const lastThirty = await rows();

    await page.getByRole('radio', { name: 'Everything' }).check();
    await expect.poll(rows).toBeGreaterThan(lastThirty);
    expect(page.url()).toContain('period=all');
    await page.getByRole('checkbox', { name: 'My safety plan' }).uncheck();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'My safety plan' }).count()).toBe(0);
    await page.close();
  });

  it('prints without navigation, help bar or buttons, and saves as a PDF', async () => {
    const page = await context.newPage();
    await open(page, '/report');
    await page.getByRole('region', { name: 'Moments' }).locator('tbody tr').first().waitFor();
    const print = page.getByRole('button', { name: 'Print or save as PDF' });
    expect(await print.isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'I need help now' }).isVisible()).toBe(false);
    expect(await print.isVisible()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Everything' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1, name: 'My Mend report' }).isVisible()).toBe(true);
    expect(await page.locator('.report-made').isVisible()).toBe(true);
    // No dark backgrounds on paper.
    const backgrounds = await page.locator('.report-screen, .report-screen *').evaluateAll((elements) =>
      [...new Set(elements.map((element) => getComputedStyle(element).backgroundColor))]);
    expect(backgrounds.filter((colour) => colour !== 'rgba(0, 0, 0, 0)')).toEqual([]);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.close();
  });

  it('finds nothing serious or critical with axe-core, everything included', async () => {
    const page = await context.newPage();
    await open(page, '/report?period=30&leave=');
    await page.getByRole('region', { name: 'Moments' }).locator('tbody tr').first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wins and milestones' }).waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });
});
