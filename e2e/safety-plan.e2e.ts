import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, open, signedInContext } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';

describe.skipIf(!chromiumAvailable)('the safety plan: written, versioned, printable, and there signed out', () => {
  let mend: RunningMend;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mend = await startMend();
    browser = await launchBrowser();
    context = await signedInContext(browser, mend.url, { name: 'dana', password: 'the tide comes back' });
    await context.request.put('/api/v1/preferences', { data: { country: 'GB' } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await mend?.stop();
  });

  it('is written part by part and saved', async () => {
    await open(page, '/safety-plan/edit');
    await page.getByRole('textbox', { name: 'Warning signs' }).fill('I stop answering messages\nI stay in bed all day');
    await page.getByRole('checkbox', { name: 'Box breathing' }).check();
    await page.getByRole('textbox', { name: 'Other things I can do on my own' }).fill('A hot shower');
    await page.getByRole('textbox', { name: 'People and places' }).fill('The library on Elm Street');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('textbox', { name: 'Name of person 1' }).fill('Sam');
    await page.getByRole('textbox', { name: 'Phone of person 1' }).fill('07700 900123');
    await page.getByRole('textbox', { name: 'Making things safer' }).fill('Give the spare keys to Sam');
    await page.getByRole('textbox', { name: 'My reasons' }).fill('My niece\nSeeing the sea again');
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await page.getByRole('status').getByText(/Saved\./).waitFor();

    const plan = await (await context.request.get('/api/v1/safety-plan')).json();
    expect(plan).toMatchObject({
      version: 1,
      warningSigns: ['I stop answering messages', 'I stay in bed all day'],
      calmingSkillIds: ['box-breathing'],
      helpers: [{ name: 'Sam', phone: '07700 900123', note: null }],
      reasons: ['My niece', 'Seeing the sea again'],
    });
  });

  it('keeps the earlier version when it is changed', async () => {
    await open(page, '/safety-plan/edit');
    await page.getByRole('textbox', { name: 'My reasons' }).fill('My niece\nSeeing the sea again\nFinishing the quilt');
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await page.getByRole('status').getByText(/Saved\./).waitFor();
    await page.getByText(/^Version 1,/).waitFor();
    const history = await (await context.request.get('/api/v1/safety-plan/history')).json();
    expect(history.versions.map((version: { version: number }) => version.version)).toEqual([2, 1]);
  });

  it('keeps a photo with the reasons, made smaller and re-encoded on the device', async () => {
    await open(page, '/safety-plan/edit');
    await page.getByLabel(/A photo that reminds me/).setInputFiles(resolve(import.meta.dirname, '../packages/web/public/icon-512.png'));
    await page.getByRole('img', { name: 'The photo in your plan' }).waitFor();
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await page.getByRole('status').getByText(/Saved\./).waitFor();
    const plan = await (await context.request.get('/api/v1/safety-plan')).json();
    expect(plan.photo).toMatch(/^data:image\/jpeg;base64,/);
    const size = await page.evaluate(async (photo: string) => {
      const image = new Image();
      image.src = photo;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, plan.photo);
    expect(Math.max(...size)).toBeLessThanOrEqual(640);
  });

  it('reads with call and text buttons and the country\'s lines, and prints on one page', async () => {
    await open(page, '/safety-plan');
    await page.getByRole('link', { name: 'Call Sam' }).waitFor();
    expect(await page.getByRole('link', { name: 'Call Sam' }).getAttribute('href')).toBe('tel:07700900123');
    expect(await page.getByRole('link', { name: 'Text Sam' }).getAttribute('href')).toBe('sms:07700900123');
    await page.getByRole('link', { name: 'Call 116 123' }).first().waitFor();
    await page.getByText('Finishing the quilt').waitFor();
    await page.getByRole('img', { name: 'A photo I chose to remind me' }).waitFor();

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('opens from "I need help now" and from its own address after signing out', async () => {
    await page.evaluate(() => fetch('/api/v1/auth/logout', { method: 'POST' }));
    await open(page, '/help');
    await page.getByRole('region', { name: 'From my safety plan' }).getByText('Box breathing').waitFor();
    await page.getByRole('link', { name: 'Open my whole safety plan' }).click();
    await page.waitForURL('**/safety-plan');
    await page.getByText('I stop answering messages').waitFor();
    expect((await page.request.get('/api/v1/safety-plan')).status()).toBe(401);
  });
});
