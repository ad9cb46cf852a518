import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from './support/axe';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';

const NOTE = 'only mine: the argument at the kitchen table';
const TRIGGER = 'what my brother said';

/**
 * One story, step by step, in two browsers: the person shares a summary and moments without what
 * they wrote, the therapist joins through the invite link, reads, suggests; the person answers,
 * checks the log, and stops sharing.
 */
describe.skipIf(!chromiumAvailable)('sharing with a therapist, from the invite to stopping', () => {
  let mend: RunningMend;
  let browser: Browser;
  let person: BrowserContext;
  let therapist: BrowserContext;
  let personPage: Page;
  let therapistPage: Page;
  let inviteUrl: string;
  let personUrl: string;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    person = await signedInContext(browser, mend.url, { name: 'ana', password: 'a quiet morning walk' });
    for (const [hoursAgo, distressBefore, distressAfter] of [[50, 8, 5], [26, 6, 3], [3, 7, 4]] as const) {
      const moment = await person.request.post('/api/v1/moments', {
        data: {
          occurredAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(), distressBefore, distressAfter, arousal: 'hyper',
          emotions: ['anxious'], skillIds: ['box-breathing'], triggerTags: ['family'], trigger: TRIGGER, note: NOTE,
        },
      });
      expect(moment.status()).toBe(201);
    }
    // A phone's width: the screens are used there first.
    therapist = await browser.newContext({ baseURL: mend.url, viewport: { width: 390, height: 844 }, acceptDownloads: true });
    personPage = await person.newPage();
    therapistPage = await therapist.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it('the person invites from Settings: summary and moments, not what they wrote, for a month', async () => {
    await open(personPage, '/settings');
    await personPage.getByRole('link', { name: 'Sharing with a therapist' }).click();
    await personPage.getByRole('heading', { level: 1, name: 'Share with a therapist' }).waitFor();
    await personPage.getByText('You choose what they see, and for how long. You can stop at any time.').waitFor();
    await personPage.getByRole('checkbox', { name: 'Summary and insights' }).check();
    await personPage.getByRole('checkbox', { name: 'Moments' }).check();
    expect(await personPage.getByRole('checkbox', { name: 'What you wrote too' }).isChecked()).toBe(false);
    await personPage.getByRole('radio', { name: '1 month' }).check();
    await personPage.getByRole('button', { name: 'Make an invite' }).click();
    await personPage.getByText('Mend shows it only this once.').waitFor();
    inviteUrl = await personPage.locator('.invite-once code').first().innerText();
    expect(inviteUrl).toMatch(new RegExp(`^${mend.url}/invite#.{20,}$`));
    await personPage.getByRole('heading', { level: 2, name: 'Invites not used yet' }).waitFor();
    expect(await seriousFindings(personPage)).toEqual([]);
  });

  it('a therapist opens the link in another browser, makes an account and sees the person', async () => {
    await open(therapistPage, inviteUrl);
    await therapistPage.getByRole('heading', { level: 1, name: 'An invite to see what someone shares' }).waitFor();
    // Read once, the code leaves the address (and the tab's history); the field keeps it.
    await expect.poll(() => therapistPage.url()).toBe(`${mend.url}/invite`);
    expect(await therapistPage.getByLabel('Invite code').inputValue()).toBe(inviteUrl.split('#')[1]);
    expect(await therapistPage.getByRole('link', { name: 'I need help now' }).first().isVisible()).toBe(true);
    expect(await seriousFindings(therapistPage)).toEqual([]);
    await therapistPage.getByLabel('Name').fill('dr-lee');
    await therapistPage.getByLabel('Password').fill('listening for a living');
    await therapistPage.getByRole('button', { name: 'Create account and accept' }).click();
    await therapistPage.getByRole('heading', { level: 1, name: 'You’re connected' }).waitFor();
    await therapistPage.getByRole('link', { name: 'See the people who share with you' }).click();
    await therapistPage.getByRole('heading', { level: 1, name: 'People who share with you' }).waitFor();
    const nav = therapistPage.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['People', 'Settings', 'Help']);
    await therapistPage.getByText('Shares their summary and insights and moments').waitFor();
    expect(await seriousFindings(therapistPage)).toEqual([]);

    // Home is the people list for a therapist.
    await open(therapistPage, '/');
    await therapistPage.getByRole('heading', { level: 1, name: 'People who share with you' }).waitFor();
    expect(new URL(therapistPage.url()).pathname).toBe('/people');
  });

  it('the therapist reads the summary with its distress section, and downloads it as a PDF', async () => {
    await therapistPage.getByRole('link', { name: 'ana' }).click();
    await therapistPage.getByRole('heading', { level: 1, name: 'Session prep for ana' }).waitFor();
    personUrl = new URL(therapistPage.url()).pathname;
    const distress = therapistPage.getByRole('region', { name: 'Distress over the period' });
    await distress.getByRole('table', { name: /^Distress week by week \(0–10\)/ }).waitFor();
    expect(await distress.innerText()).toMatch(/3 moments/);
    expect(await seriousFindings(therapistPage)).toEqual([]);

    const [download] = await Promise.all([
      therapistPage.waitForEvent('download'),
      therapistPage.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    const pdf = Buffer.concat(await (await download.createReadStream()).toArray());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await therapistPage.emulateMedia({ media: 'print' });
    expect(await therapistPage.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await therapistPage.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await distress.isVisible()).toBe(true);
    await therapistPage.emulateMedia({ media: 'screen' });
  });

  it('the moments page has the moments but not what the person wrote', async () => {
    await therapistPage.getByRole('navigation', { name: 'What ana shares' }).getByRole('link', { name: 'Moments' }).click();
    await therapistPage.getByRole('heading', { level: 2, name: 'Moments' }).waitFor();
    await therapistPage.locator('.shared-item').nth(2).waitFor();
    const text = await therapistPage.locator('main').innerText();
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain(TRIGGER);
    expect(text).toContain('Note: not shared');
    expect(text).toContain('Trigger tags: family');
  });

  it('the therapist suggests an area; the person accepts it on Home and it is on the path', async () => {
    await therapistPage.getByRole('navigation', { name: 'What ana shares' }).getByRole('link', { name: 'Suggest' }).click();
    await therapistPage.getByRole('radio', { name: 'An area for their healing path' }).check();
    await therapistPage.getByLabel('Healing area').selectOption({ label: 'Boundaries' });
    await therapistPage.getByLabel('Message (optional)').fill('Something we could look at next time.');
    await therapistPage.getByRole('button', { name: 'Send suggestion' }).click();
    await therapistPage.getByText('Sent. ana can accept it or say not now, whenever suits them.').waitFor();
    await therapistPage.getByRole('region', { name: 'What you suggested' }).getByText('Not answered yet', { exact: false }).waitFor();

    await open(personPage, '/');
    const card = personPage.getByRole('region', { name: 'From your therapist, whenever you’re ready' });
    await card.getByRole('heading', { name: 'dr-lee suggests: Boundaries' }).waitFor();
    await card.getByText('“Something we could look at next time.”').waitFor();
    await card.getByRole('button', { name: 'Accept Boundaries' }).click();
    await card.getByText('You accepted this. It was added to your healing path.').waitFor();
    await open(personPage, '/path');
    const boundaries = personPage.getByRole('checkbox', { name: 'Boundaries' });
    await boundaries.waitFor();
    await expect.poll(() => boundaries.isChecked()).toBe(true);
    // At its gentlest layer.
    await personPage.getByRole('list', { name: 'Layers of Boundaries, gentle to deep' }).locator('li').first().getByText('you are here').waitFor();
  });

  it('the person’s account activity lists each time the therapist looked', async () => {
    await open(personPage, '/settings/activity');
    await personPage.locator('.activity-list li').first().waitFor();
    const words = await personPage.locator('.activity-words').allInnerTexts();
    expect(words).toContain('dr-lee looked at your session summary');
    expect(words).toContain('dr-lee looked at your session summary (as a PDF)');
    expect(words).toContain('dr-lee looked at your moments');
    expect(words).toContain('You accepted a suggestion from dr-lee');
  });

  it('the person stops sharing, and the therapist’s next load says so kindly', async () => {
    await open(personPage, '/settings/sharing');
    // First a change of what is shared only: the end date stays where it was.
    const before = (await (await person.request.get('/api/v1/sharing')).json()).shares[0].until;
    const row = personPage.getByRole('listitem').filter({ has: personPage.getByRole('heading', { level: 3, name: 'dr-lee', exact: true }) });
    await row.getByRole('button', { name: 'Change what dr-lee sees' }).click();
    expect(await row.getByRole('radio', { name: /^Keep the end date/ }).isChecked()).toBe(true);
    await row.getByRole('checkbox', { name: 'Safety plan' }).check();
    await row.getByRole('button', { name: 'Save changes' }).click();
    await personPage.getByText(/now sees your summary and insights, moments and safety plan/).waitFor();
    const changed = (await (await person.request.get('/api/v1/sharing')).json()).shares[0];
    expect(changed.scopes).toEqual(['summary', 'moments', 'safety-plan']);
    expect(changed.until).toBe(before);

    await personPage.getByRole('button', { name: 'Stop sharing with dr-lee' }).click();
    expect(await personPage.evaluate(() => document.activeElement?.textContent)).toBe('Keep sharing');
    await personPage.getByRole('button', { name: 'Stop sharing', exact: true }).click();
    await personPage.getByText(/You’ve stopped sharing with dr-lee\. It takes effect at once/).waitFor();
    await personPage.getByText('You’re not sharing with anyone.').waitFor();

    await open(therapistPage, personUrl);
    await therapistPage.getByText('This person is not sharing with you now.').waitFor();
    const read = await therapist.request.get(`/api/v1/therapist/people/${personUrl.split('/').at(-1)}/session-prep`);
    expect(read.status()).toBe(404);
    await open(therapistPage, '/people');
    await therapistPage.getByText(/Nobody shares with you right now/).waitFor();
  });
});
