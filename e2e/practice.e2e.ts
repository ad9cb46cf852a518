import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';

interface StoredPractice {
  id: string;
  exerciseId: string | null;
  skillId: string;
  kind: string;
  distressBefore: number | null;
  distressAfter: number | null;
  steppedBack: boolean;
  durationSeconds: number;
  answers: Record<string, unknown>;
}

async function seriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const PERSON = { name: 'noor', password: 'curious, not critical' };

describe.skipIf(!chromiumAvailable)('guided practice, stepping back, and the progress it adds up to', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;

  const practices = async (): Promise<StoredPractice[]> =>
    (await (await context.request.get('/api/v1/practices')).json()).practices;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    context = await signedInContext(browser, mend.url, PERSON);
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it('runs a whole box-breathing exercise with reduced motion: nothing animates, the text countdown leads', async () => {
    // A fake clock, so five rounds of sixteen seconds pass at once. It holds for a whole browser
    // context and runs ahead of the server's, so this test has a context of its own.
    const ownClock = await browser.newContext({ baseURL: mend.url, reducedMotion: 'reduce' });
    await ownClock.request.post('/api/v1/auth/login', { data: PERSON });
    await ownClock.clock.install();
    const page = await ownClock.newPage();
    await open(page, '/practice/box-breathing');
    await page.getByRole('group', { name: /How strong is the distress now/ }).getByRole('radio', { name: /^6\b/ }).check();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByText('Step 1 of 3').waitFor();
    // Focus follows the step, for a screen reader and the keyboard.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Get comfortable');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: 'Breathe with the square' }).waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(1_500);
    await page.getByText(/Breathe in… \d/).waitFor();
    // Reduced motion: no animation runs anywhere on the page.
    expect(await page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length)).toBe(0);
    expect(await seriousFindings(page)).toEqual([]);

    await page.clock.runFor(5 * 16_000);
    await page.getByText(/All 5 rounds done/).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Notice' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: 'You reached the end' }).waitFor();
    await page.getByRole('radio', { name: /^3\b/ }).check();
    await page.getByRole('textbox', { name: 'Notes (optional)' }).fill('Shoulders came down.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Saved' }).waitFor();
    await ownClock.close();

    const [stored] = await practices();
    expect(stored).toMatchObject({
      exerciseId: 'box-breathing', skillId: 'box-breathing', kind: 'coping',
      distressBefore: 6, distressAfter: 3, steppedBack: false,
    });
    expect(stored!.durationSeconds).toBeGreaterThanOrEqual(80);
  });

  it('saves a core-belief worksheet, and a later one re-rates the same belief lower', async () => {
    const worksheet = async (before: string, after: string) => {
      const page = await context.newPage();
      await open(page, '/practice/core-belief-worksheet');
      await page.getByRole('button', { name: 'Begin' }).click();
      await page.getByRole('textbox', { name: /What is the belief about yourself/ }).fill('I am too much for people');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('slider', { name: /^Right now, how strongly/ }).fill(before);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('textbox', { name: /What makes it feel true/ }).fill('A friend went quiet after I called twice.');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('textbox', { name: /What doesn't fit the belief/ }).fill('My sister asks me to stay longer.');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('textbox', { name: /Write a fairer sentence/ }).fill('Some people find me a lot, and the right ones stay.');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('slider', { name: /^Read the old belief once more/ }).fill(after);
      expect(await seriousFindings(page)).toEqual([]);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: 'You reached the end' }).waitFor();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: 'Saved' }).waitFor();
      await page.close();
    };

    await worksheet('80', '65');
    await worksheet('60', '55');
    const sheets = (await practices()).filter((practice) => practice.exerciseId === 'core-belief-worksheet');
    expect(sheets.map((sheet) => [sheet.answers['strength-before'], sheet.answers['strength-after']])).toEqual([[60, 55], [80, 65]]);
    expect(sheets[0]!.answers['kinder-belief']).toBe('Some people find me a lot, and the right ones stay.');
    expect(sheets.every((sheet) => sheet.kind === 'healing' && !sheet.steppedBack)).toBe(true);

    // What was written can be read back, under the worksheet's own questions.
    const page = await context.newPage();
    await open(page, '/practice');
    await page.getByRole('region', { name: 'Your recent practice' }).getByRole('link', { name: 'Core-belief worksheet' }).first().click();
    const answers = page.getByRole('region', { name: 'Your answers' });
    await answers.getByText('Some people find me a lot, and the right ones stay.').waitFor();
    await answers.getByText('60 out of 100').waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });

  it('steps back from a healing practice into coping in one tap, and records it kindly', async () => {
    const page = await context.newPage();
    await open(page, '/practice/what-is-this-feeling-telling-me');
    await page.getByRole('group', { name: /How strong is the distress now/ }).getByRole('radio', { name: /^5\b/ }).check();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: /What are you feeling/ }).fill('dread');
    await page.getByRole('button', { name: 'Step back into coping' }).click();

    await page.waitForURL(/\/practice\/box-breathing/);
    await page.getByText('Stepping back is part of healing, not a failure.').waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();

    await expect.poll(async () => (await practices()).find((practice) => practice.exerciseId === 'what-is-this-feeling-telling-me'))
      .toMatchObject({ steppedBack: true, distressBefore: 5, answers: { feeling: 'dread' } });
  });

  it('shows those steps as wins on the progress page, with no streaks and nothing missed', async () => {
    const page = await context.newPage();
    await open(page, '/progress');
    const wins = page.getByRole('region', { name: 'Wins, step by step' });
    await wins.getByText(/more lightly|less strongly|weaker/i).first().waitFor();
    await wins.getByText(/stepped back into coping/i).first().waitFor();
    expect(await wins.getByText(/healing practice|worksheet/i).count()).toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Milestones' }).getByText(/first/i).first().waitFor();
    await page.getByRole('region', { name: 'This week you…' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/streak|missed|you failed/i);
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });

  it('follows the healing path: choose an area, start its next step, go a layer deeper only after "yes"', async () => {
    const page = await context.newPage();
    await open(page, '/path');
    await page.getByRole('checkbox', { name: 'Core beliefs' }).check();
    await page.getByRole('button', { name: 'Save my path' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    const next = page.getByRole('region', { name: 'Next step' });
    await next.getByRole('link', { name: /^(Start|Open) / }).waitFor();
    expect(await seriousFindings(page)).toEqual([]);

    // A step without a guided exercise is recorded from the skill's own page.
    await open(page, '/toolkit/curious-not-critical?path=core-beliefs');
    await page.getByRole('spinbutton', { name: 'About how many minutes? (optional)' }).fill('10');
    await page.getByRole('button', { name: 'Save this practice' }).click();
    await page.getByText('Saved. It counts as a step on your path.').waitFor();
    expect((await practices()).find((practice) => practice.skillId === 'curious-not-critical')).toMatchObject({ exerciseId: null, durationSeconds: 600 });
    expect(await seriousFindings(page)).toEqual([]);
    await open(page, '/path');

    await page.getByRole('button', { name: 'Go a layer deeper in Core beliefs' }).click();
    const check = page.getByRole('dialog', { name: 'Going deeper in Core beliefs' });
    await check.getByRole('group', { name: 'Do I feel safe enough to go further?' }).waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await check.getByRole('button', { name: 'Not yet' }).click();
    await page.getByText('Staying here is part of the path too.').waitFor();
    expect((await (await context.request.get('/api/v1/path')).json()).areas[0].layer).toBe(0);

    await page.getByRole('button', { name: 'Go a layer deeper in Core beliefs' }).click();
    await check.getByRole('button', { name: 'Yes' }).click();
    await page.getByText(/You’re now in/).waitFor();
    expect((await (await context.request.get('/api/v1/path')).json()).areas[0].layer).toBe(1);
    await page.close();
  });

  it('"what might help now" at distress 9 offers steadying first and the safety plan, never healing work', async () => {
    const page = await context.newPage();
    await open(page, '/now');
    await page.getByRole('radiogroup', { name: /How hard is it right now/ }).or(page.getByRole('group', { name: /How hard is it right now/ }))
      .getByRole('radio', { name: /^9\b/ }).check();
    await page.getByRole('button', { name: 'Show what might help' }).click();
    const found = page.getByRole('region', { name: 'Things to try' });
    await found.getByRole('link', { name: 'Open my safety plan' }).waitFor();
    await found.getByRole('link', { name: /^Start / }).first().waitFor();
    const answer = await (await context.request.get('/api/v1/suggestions?distress=9')).json();
    expect(answer.band).toBe('steady-first');
    expect(answer.suggestions.every((suggestion: { kind: string }) => suggestion.kind === 'coping')).toBe(true);
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });
});
