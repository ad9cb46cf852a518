import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';
import { mainScreens } from './support/screens';

async function seriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe.skipIf(!chromiumAvailable)('axe-core finds nothing serious or critical on any main screen', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;
  let momentId: string;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    const firstVisit = await browser.newContext({ baseURL: mend.url });
    const page = await firstVisit.newPage();
    await open(page, '/');
    expect(await seriousFindings(page), 'first visit (create the owner account)').toEqual([]);
    await firstVisit.close();

    context = await signedInContext(browser, mend.url, { name: 'cleo', password: 'slow breath in, out' });
    const created = await context.request.post('/api/v1/moments', {
      data: { distressBefore: 8, distressAfter: 4, arousal: 'hyper', emotions: ['anxious'], skillIds: ['box-breathing'], triggerTags: ['work-conflict'] },
    });
    momentId = (await created.json()).id;
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it.each(mainScreens('MOMENT'))('$name', async ({ path }) => {
    const page = await context.newPage();
    await open(page, path.replace('MOMENT', momentId));
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });

  it('sign-in screen (signed out, after the owner exists)', async () => {
    const stranger = await browser.newContext({ baseURL: mend.url });
    const page = await stranger.newPage();
    await open(page, '/');
    expect(await seriousFindings(page)).toEqual([]);
    await stranger.close();
  });

  it('with reduced motion, nothing animates', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, '/');
    const animated = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((element) => {
        const style = getComputedStyle(element);
        const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0));
        return seconds(style.animationDuration) > 0.01 || seconds(style.transitionDuration) > 0.01;
      }).length,
    );
    expect(animated).toBe(0);
    await page.close();
  });
});
