import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from './support/axe';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';
import { mainScreens } from './support/screens';

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

  it('a self-check\'s results, with its charts and the log alongside', async () => {
    const answers = Object.fromEntries(Array.from({ length: 28 }, (_, index) => [String(index + 1), String((index % 4) + 1)]));
    const taken = await context.request.post('/api/v1/questionnaires/coping-styles/responses', { data: { answers } });
    expect(taken.status()).toBe(201);
    const page = await context.newPage();
    await open(page, '/self-checks/coping-styles/results');
    await page.getByRole('region', { name: 'Over time' }).locator('.recharts-surface').first().waitFor();
    await page.getByRole('region', { name: 'Each time you took it' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Keep it' }).waitFor();
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

  it('sharing with a therapist: the person’s screen, an invite page, and the therapist’s screens', async () => {
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const invite = await context.request.post('/api/v1/sharing/invites', { data: { scopes: ['summary', 'moments', 'safety-plan', 'practices'], until } });
    expect(invite.status()).toBe(201);
    const { code } = await invite.json();
    // A second invite nobody uses, so the screen lists one too.
    const unused = await context.request.post('/api/v1/sharing/invites', { data: { scopes: ['summary'], until } });
    const stranger = await browser.newContext({ baseURL: mend.url });
    const invitePage = await stranger.newPage();
    await open(invitePage, `/invite#${(await unused.json()).code}`);
    expect(await seriousFindings(invitePage), '/invite signed out').toEqual([]);
    await stranger.close();

    const therapist = await browser.newContext({ baseURL: mend.url });
    expect((await therapist.request.post('/api/v1/auth/register-therapist', { data: { name: 'dr-ray', password: 'a room with two chairs', code } })).status()).toBe(201);
    const people = await (await therapist.request.get('/api/v1/therapist/people')).json();
    const personId = people.people[0].personId;
    const suggested = await therapist.request.post(`/api/v1/therapist/people/${personId}/suggestions`, { data: { kind: 'skill', targetId: 'box-breathing', message: 'Twice a day, if it helps.' } });
    expect(suggested.status()).toBe(201);

    const page = await context.newPage();
    await open(page, '/settings/sharing');
    await page.getByRole('heading', { level: 3, name: 'dr-ray', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'dr-ray suggests: Box breathing' }).waitFor();
    expect(await seriousFindings(page), '/settings/sharing').toEqual([]);
    await page.close();

    const therapistPage = await therapist.newPage();
    await open(therapistPage, '/people');
    await therapistPage.getByRole('link', { name: 'cleo' }).waitFor();
    expect(await seriousFindings(therapistPage), '/people').toEqual([]);
    // Each view is checked once its own content is there (not just "not loading"): what it shows is what axe must see.
    const main = therapistPage.locator('main');
    const loaded: Record<string, () => Promise<void>> = {
      summary: () => main.getByRole('region', { name: 'Distress over the period' }).waitFor(),
      moments: () => main.locator('.shared-item').first().waitFor(),
      'safety-plan': () => main.locator('.plan-view .plan-part').first().waitFor(),
      practices: () => main.getByRole('heading', { level: 2, name: 'Practices and worksheets' }).waitFor(),
      suggest: () => main.getByRole('region', { name: 'What you suggested' }).getByText('Box breathing').waitFor(),
    };
    for (const [view, isLoaded] of Object.entries(loaded)) {
      await open(therapistPage, `/people/${personId}?view=${view}`);
      await isLoaded();
      expect(await seriousFindings(therapistPage), `/people/:id?view=${view}`).toEqual([]);
    }
    await therapist.close();
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

  it('lock screen (app-lock PIN set, this browser locked)', async () => {
    const shared = await browser.newContext({ baseURL: mend.url });
    await shared.request.post('/api/v1/auth/login', { data: { name: 'cleo', password: 'slow breath in, out' } });
    await shared.request.put('/api/v1/me/app-lock', { data: { password: 'slow breath in, out', pin: '2468', lockAfterMinutes: 5 } });
    expect((await shared.request.post('/api/v1/auth/lock')).status()).toBe(200);
    const page = await shared.newPage();
    await open(page, '/');
    await page.getByRole('heading', { level: 1, name: 'Mend is locked' }).waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    // The PIN is the account's: remove it so the other browser here never locks.
    await context.request.put('/api/v1/me/app-lock', { data: { password: 'slow breath in, out', pin: null } });
    await shared.close();
  });
});
