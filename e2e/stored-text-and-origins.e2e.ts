import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { collectCspViolations } from './support/csp';
import { startMend, type RunningMend } from './support/mend-server';
import { mainScreens } from './support/screens';

// What an attacker (or a curious person) might type into any free-text field.
const SCRIPT = '<script>window.__pwned=1</script>';
const IMAGE = '<img src=x onerror="window.__pwned=1">';
const LINK = 'javascript:window.__pwned=1';
const HOSTILE = `${SCRIPT} ${IMAGE} [open me](${LINK})`;
const SKILL_NAME = `${IMAGE} calm`;

/** Nothing the person wrote ran, became an element, or became a link. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], a[href^="javascript:"], main script').count()).toBe(0);
}

describe.skipIf(!chromiumAvailable)('stored text never runs, and the page talks only to its own origin', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;
  let momentId: string;
  let skillId: string;
  let practiceId: string;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    context = await signedInContext(browser, mend.url, { name: 'mallory', password: 'nothing up my sleeve' });
    const skill = await context.request.post('/api/v1/skills', {
      data: { name: SKILL_NAME, kind: 'coping', family: 'soothing', summary: HOSTILE, steps: [HOSTILE] },
    });
    expect(skill.status(), await skill.text()).toBe(201);
    skillId = (await skill.json()).id;
    const moment = await context.request.post('/api/v1/moments', {
      data: { distressBefore: 6, distressAfter: 3, skillIds: [skillId, 'box-breathing'], note: HOSTILE, trigger: HOSTILE },
    });
    expect(moment.status(), await moment.text()).toBe(201);
    momentId = (await moment.json()).id;
    const practice = await context.request.post('/api/v1/practices', {
      data: { skillId, exerciseId: null, startedAt: new Date(Date.now() - 60_000).toISOString(), durationSeconds: 60, notes: HOSTILE },
    });
    expect(practice.status(), await practice.text()).toBe(201);
    practiceId = (await practice.json()).id;
    const plan = await context.request.put('/api/v1/safety-plan', {
      data: {
        warningSigns: [HOSTILE], calmingSkillIds: [skillId], calmingIdeas: [HOSTILE], distractions: [HOSTILE],
        helpers: [{ name: SKILL_NAME, phone: null, note: HOSTILE }], professionals: [], saferSurroundings: [HOSTILE], reasons: [HOSTILE], photo: null,
      },
    });
    expect(plan.status(), await plan.text()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it.each([
    { name: 'history', path: () => '/history', shows: [SKILL_NAME] },
    { name: 'toolkit', path: () => '/toolkit', shows: [SKILL_NAME] },
    { name: 'the own skill', path: () => `/toolkit/${skillId}`, shows: [SKILL_NAME, HOSTILE] },
    { name: 'the practice', path: () => `/practice/done/${practiceId}`, shows: [HOSTILE] },
    { name: 'the safety plan', path: () => '/safety-plan', shows: [HOSTILE, SKILL_NAME] },
    { name: 'the printable report, notes included', path: () => '/report?period=all&leave=', shows: [HOSTILE, SKILL_NAME] },
  ])('$name shows it literally', async ({ path, shows }) => {
    const page = await context.newPage();
    const violations = await collectCspViolations(page);
    await open(page, path());
    const main = page.locator('main');
    for (const text of shows) await main.getByText(text, { exact: false }).first().waitFor();
    const body = await main.innerText();
    for (const text of shows) expect(body).toContain(text);
    await expectInert(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the moment page puts the note and trigger back in their fields, as text', async () => {
    const page = await context.newPage();
    const violations = await collectCspViolations(page);
    await open(page, `/history/${momentId}`);
    const values = async () => page.locator('main textarea, main input[type="text"]').evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
    await expect.poll(values).toContain(HOSTILE);
    expect((await values()).filter((value) => value === HOSTILE)).toHaveLength(2);
    await expectInert(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('every request of every main screen, the service worker\'s included, goes to the app\'s own origin', async () => {
    const origin = new URL(mend.url).origin;
    const requests: string[] = [];
    // The context sees the service worker's requests as well as the pages'.
    const record = (request: Request) => requests.push(request.url());
    context.on('request', record);
    const page = await context.newPage();
    page.on('request', record);
    const violations = await collectCspViolations(page);
    for (const screen of mainScreens(momentId)) await open(page, screen.path);
    // A reload after the service worker took over: its answers (and any fetch of its own) are counted too.
    await page.reload();
    await page.locator('h1').first().waitFor();
    context.off('request', record);

    const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
    expect(requests.some((url) => url.includes('/api/v1/'))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('sends a strict CSP and the usual security headers on the page and on API answers', async () => {
    const page = await context.newPage();
    const documentResponse = await page.goto('/history');
    const apiResponse = await context.request.get('/api/v1/moments');
    for (const headers of [documentResponse!.headers(), apiResponse.headers()]) {
      const csp = headers['content-security-policy'] ?? '';
      const directives = new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['x-powered-by']).toBeUndefined();
    }
    expect(apiResponse.headers()['cache-control']).toBe('no-store');
    await page.close();
  });
});
