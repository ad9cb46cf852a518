import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from './support/axe';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';

const PERSON = { name: 'iris', password: 'a kind voice inside' };
const STATEMENTS = 28;

describe.skipIf(!chromiumAvailable)('self-checks: taking the coping styles check and reading it back', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    context = await signedInContext(browser, mend.url, PERSON);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it('logs a moment or two first', async () => {
    await open(page, '/');
    await page.getByRole('radio', { name: /^7\b/ }).check();
    await page.getByRole('button', { name: 'Box breathing' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').getByText(/saved/i).waitFor();
    const second = await context.request.post('/api/v1/moments', { data: { distressBefore: 6, distressAfter: 5, skillIds: ['endless-scrolling'] } });
    expect(second.status()).toBe(201);
  });

  it('opens Self-checks from the navigation: nothing taken yet', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-checks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self-checks' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: 'Coping styles' }) });
    await card.getByText('Not taken yet').waitFor();
    await card.getByRole('link', { name: 'Take this check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Coping styles' }).waitFor();
    expect(await page.getByRole('group').count()).toBe(STATEMENTS);
  });

  it('names the statements still open instead of sending, and focuses the first', async () => {
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('alert').getByText(`${STATEMENTS} statements still need an answer`).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('question-1');
  });

  it('answers half with the keyboard, keeps them through a reload, and the rest with the mouse', async () => {
    // Focus is on statement 1's first answer: Space chooses it, an arrow moves to the next answer, Tab to the next statement.
    for (let number = 1; number <= 14; number++) {
      await page.keyboard.press('Space');
      if (number % 2 === 0) await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(`question-${number}`);
      await page.keyboard.press('Tab');
    }
    await page.getByText(`14 of ${STATEMENTS} answered`).waitFor();

    await page.reload();
    await page.getByText(`14 of ${STATEMENTS} answered`).waitFor();
    expect(await page.getByRole('group', { name: /^2\. / }).getByRole('radio', { name: 'A little' }).isChecked()).toBe(true);

    for (let number = 15; number <= STATEMENTS; number++) {
      await page.getByRole('group', { name: new RegExp(`^${number}\\. `) }).getByText(number % 2 ? 'Quite a bit' : 'A lot').click();
    }
    await page.getByText(`${STATEMENTS} of ${STATEMENTS} answered`).waitFor();
    await page.getByRole('button', { name: 'See my results' }).click();
  });

  it('shows the results: scores, the groupings, a chart per scale with its numbers, the log alongside', async () => {
    await page.getByRole('heading', { level: 1, name: 'Coping styles: your results' }).waitFor();
    await page.getByText('Saved. Thank you for taking the time.').waitFor();
    const scores = page.getByRole('region', { name: 'Your scores' });
    // Statement 1 ("Not at all", 1) and 19 ("Quite a bit", 3).
    await scores.getByRole('listitem').filter({ hasText: 'Self-distraction' }).getByText('4 of 8').waitFor();
    await page.getByRole('region', { name: 'Grouped together' }).getByText(/Grouping from Cooper/).first().waitFor();

    const trends = page.getByRole('region', { name: 'Over time' });
    await trends.locator('.recharts-surface').first().waitFor();
    expect(await trends.locator('.recharts-surface').count()).toBe(14 + 3);
    await trends.getByText('Show the numbers').first().click();
    await trends.getByRole('table', { name: 'Self-distraction, each time you took this check' }).waitFor();

    await page.getByRole('region', { name: 'Alongside your log' }).waitFor();
    const stored = (await (await context.request.get('/api/v1/questionnaires/coping-styles/responses')).json()).results;
    expect(stored).toHaveLength(1);
    expect(stored[0].answers).toMatchObject({ 1: '1', 2: '2', 15: '3', 28: '4' });
    expect(await seriousFindings(page)).toEqual([]);
  });

  it('downloads the result as a FHIR QuestionnaireResponse', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download as FHIR (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^coping-styles-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
    const resource = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(resource).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'completed' });
    expect(resource.questionnaire).toContain('coping-styles');
  });

  it('says when it was last taken on the list', async () => {
    await page.getByRole('link', { name: 'All self-checks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self-checks' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: 'Coping styles' }) });
    await card.getByText(/^Last taken /).waitFor();
    await card.getByRole('link', { name: 'See my results' }).waitFor();
  });

  it('deletes the result after asking once more', async () => {
    await page.getByRole('link', { name: 'See my results' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Coping styles: your results' }).waitFor();
    const past = page.getByRole('region', { name: 'Each time you took it' });
    await past.getByRole('button', { name: 'Delete' }).click();
    await past.getByRole('button', { name: 'Keep it' }).waitFor();
    await past.getByRole('group').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Not taken yet. Your scores show up here once you have.').waitFor();
    expect((await (await context.request.get('/api/v1/questionnaires/coping-styles/responses')).json()).results).toEqual([]);
  });
});
