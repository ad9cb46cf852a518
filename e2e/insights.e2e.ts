import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, open } from './support/browser';
import { mendCli } from './support/mend-cli';
import { startMend, type RunningMend } from './support/mend-server';

const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

async function verdictOf(request: APIRequestContext, skillId: string): Promise<string | undefined> {
  const insights = await (await request.get('/api/v1/insights')).json();
  return insights.skillEffects.find((effect: { skillId: string }) => effect.skillId === skillId)?.verdict;
}

describe.skipIf(!chromiumAvailable)('insights from a person\'s own data', () => {
  let mend: RunningMend;
  let browser: Browser;

  beforeAll(async () => {
    mend = await startMend({ MEND_OPEN_REGISTRATION: 'true' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  describe('with sixty days of demo data', () => {
    let context: BrowserContext;

    beforeAll(async () => {
      context = await browser.newContext({ baseURL: mend.url });
      const registered = await context.request.post('/api/v1/auth/register', { data: { name: 'eve', password: 'the kettle is on' } });
      expect(registered.status()).toBe(201);
      expect(mendCli(mend, ['demo', '--user', 'eve', '--days', '60', '--seed', '11'])).toMatch(/Added a demo history to eve/);
    });

    it('shows every section of the Insights page', async () => {
      const page = await context.newPage();
      await open(page, '/');
      await page.getByRole('link', { name: 'Insights' }).click();
      await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
      for (const section of [
        'What helps you', 'How you’ve been coping', 'When it’s hardest', 'Triggers that keep coming back',
        'Coping and healing over time', 'Your window of tolerance', 'Wins',
      ]) {
        await page.getByRole('heading', { level: 2, name: section }).waitFor();
      }
      await page.getByRole('table', { name: /Moments by weekday and time of day/ }).waitFor();
      await page.close();
    });

    it('finds nothing serious or critical with axe-core on the full page', async () => {
      const page = await context.newPage();
      await open(page, '/insights');
      await page.getByRole('heading', { level: 2, name: 'Wins' }).waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => violation.id)).toEqual([]);
      await page.close();
    });
  });

  it('a check-in answered on Home changes a skill\'s verdict as expected', async () => {
    const context = await browser.newContext({ baseURL: mend.url });
    const registered = await context.request.post('/api/v1/auth/register', { data: { name: 'finn', password: 'a slow walk home' } });
    expect(registered.status()).toBe(201);

    // Per skill: two moments three days ago (one checked in on later) and one three hours ago,
    // still waiting for its "How are you now?". Scrolling's relief comes back; breathing's holds.
    const log = async (skillId: string, after: number, hoursAgo: number, followUp?: number) => {
      const occurredAt = ago(hoursAgo * HOUR);
      const followUps = followUp === undefined ? [] : [{ at: ago((hoursAgo - 2) * HOUR), distress: followUp }];
      const response = await context.request.post('/api/v1/moments', {
        data: { occurredAt, distressBefore: 8, distressAfter: after, skillIds: [skillId], followUps },
      });
      expect(response.status()).toBe(201);
    };
    await log('endless-scrolling', 4, 72, 8);
    await log('endless-scrolling', 4, 71);
    await log('endless-scrolling', 4, 3);
    await log('box-breathing', 3, 70, 3);
    await log('box-breathing', 3, 69);
    await log('box-breathing', 3, 2.5);

    // One check-in each is not enough to say whether the relief lasts.
    expect(await verdictOf(context.request, 'endless-scrolling')).toBe('not-enough-data');
    expect(await verdictOf(context.request, 'box-breathing')).toBe('not-enough-data');

    const page = await context.newPage();
    await open(page, '/');
    await page.getByRole('group', { name: /Endless scrolling/ }).getByRole('button', { name: /^8\b/ }).click();
    await page.getByText('Thanks — noted.').waitFor();
    await page.getByRole('group', { name: /Box breathing/ }).getByRole('button', { name: /^3\b/ }).click();
    await expect.poll(async () => (await (await context.request.get('/api/v1/follow-ups/pending')).json()).pending.length).toBe(0);

    expect(await verdictOf(context.request, 'endless-scrolling')).toBe('distracts');
    expect(await verdictOf(context.request, 'box-breathing')).toBe('soothes');

    await page.getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { level: 2, name: 'What helps you' }).waitFor();
    await context.close();
  });
});
