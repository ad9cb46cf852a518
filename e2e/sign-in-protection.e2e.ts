import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from './support/axe';
import { chromiumAvailable, launchBrowser, open, signedInContext, type Person } from './support/browser';
import { startMend, type RunningMend } from './support/mend-server';

const HOME = 'How hard is it right now?';

/** Signs in through the sign-in screen, the way a person does on a second device. */
async function signInThroughScreen(context: BrowserContext, person: Person): Promise<Page> {
  const page = await context.newPage();
  await open(page, '/');
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: HOME }).waitFor();
  return page;
}

describe.skipIf(!chromiumAvailable)('sign-in protection in the browser: devices, idle sign-out, scoped tokens, the app lock', () => {
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

  it('lists both browsers, and "sign out everywhere" from one sends the other to sign-in', async () => {
    const person = { name: 'femi', password: 'rain on the window' };
    const first = await signedInContext(browser, mend.url, person);
    const second = await browser.newContext({ baseURL: mend.url });
    const secondPage = await signInThroughScreen(second, person);

    const page = await first.newPage();
    await open(page, '/settings');
    const devices = page.getByRole('region', { name: 'Signed in on' });
    await expect.poll(() => devices.getByRole('listitem').count()).toBe(2);
    await devices.getByText('· this device').waitFor();
    // Only the other browser gets a button: this one signs out with Settings' own "Sign out".
    expect(await devices.getByRole('button', { name: /^Sign out (?!everywhere)/ }).count()).toBe(1);

    await devices.getByRole('button', { name: 'Sign out everywhere…' }).click();
    const question = page.getByRole('group', { name: 'Sign out on every device, this one too?' });
    await question.getByText(/Personal access tokens .* keep working/).waitFor();
    expect(await seriousFindings(page), 'Settings with the sign-out-everywhere question open').toEqual([]);
    await question.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await page.getByText(/You’re signed out on every device/).waitFor();

    // The other browser still shows the screen it had; its next request finds the session ended.
    await secondPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await secondPage.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await secondPage.getByText(/You were signed out \(perhaps from another device\)/).waitFor();
    expect(await secondPage.evaluate(() => localStorage.getItem('mend.remembered') ?? '')).not.toContain('femi');
    await first.close();
    await second.close();
  });

  it('a new password sends the other browser to sign-in, keeps this one, and the new password signs in', async () => {
    const person = { name: 'lior', password: 'moss on an old stone' };
    const newPassword = 'fog lifting off the bay';
    const first = await signedInContext(browser, mend.url, person);
    const second = await browser.newContext({ baseURL: mend.url });
    const secondPage = await signInThroughScreen(second, person);

    const page = await first.newPage();
    await open(page, '/settings');
    const change = page.getByRole('region', { name: 'Change your password' });
    await change.getByLabel('Current password').fill(person.password);
    await change.getByLabel('New password', { exact: true }).fill(newPassword);
    await change.getByLabel('New password again').fill('fog lifting off the sea');
    await change.getByRole('button', { name: 'Change password' }).click();
    await change.getByText('This doesn’t match the new password above.').waitFor();
    expect(await seriousFindings(page), 'Settings with a password problem shown').toEqual([]);
    await change.getByLabel('New password again').fill(newPassword);
    await change.getByRole('button', { name: 'Change password' }).click();
    await change.getByText(/Your password is changed\. Any other devices signed in to your account are now signed out/).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

    await secondPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await secondPage.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await secondPage.getByLabel('Name').fill(person.name);
    await secondPage.getByLabel('Password').fill(newPassword);
    await secondPage.getByRole('button', { name: 'Sign in' }).click();
    // Signing in again opens the screen that was asked for.
    await secondPage.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    await first.close();
    await second.close();
  });

  it('after several wrong passwords, says calmly when to try again, with help one tap away', async () => {
    const owner = await signedInContext(browser, mend.url, { name: 'jun', password: 'warm tea, slow sips' });
    await owner.close();
    const context = await browser.newContext({ baseURL: mend.url });
    const page = await context.newPage();
    await open(page, '/');
    await page.getByLabel('Name').fill('jun');
    const pausing = page.getByText(/There have been several sign-in tries in a short time, so Mend is pausing before the next one\. You can try again in/);
    // Five mistakes are free; from then on the server makes each next try wait, doubling.
    for (let attempt = 0; attempt < 10 && !(await pausing.isVisible()); attempt += 1) {
      await page.getByLabel('Password').fill(`not the password ${attempt}`);
      // Waits for this try's own answer: the alert already holds the last try's words (the same
      // words each time), so "the alert has text" would not wait at all.
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await answered;
      await page.getByRole('button', { name: 'Sign in' }).and(page.locator(':enabled')).waitFor();
      await page.locator('.form-alert:not(:empty)').waitFor();
    }
    await pausing.waitFor();
    await page.getByRole('link', { name: 'see who you can call or text' }).waitFor();
    await context.close();
  });

  it('creates a token with the scopes ticked, shows them, and the token can do only that', async () => {
    const context = await signedInContext(browser, mend.url, { name: 'gus', password: 'slow walk by the river' });
    const page = await context.newPage();
    await open(page, '/settings');
    await page.getByLabel('Token name').fill('backup script');
    const scopes = page.getByRole('group', { name: 'What this token may do' });
    await scopes.getByRole('checkbox', { name: 'Read' }).uncheck();
    await page.getByRole('button', { name: 'Create token' }).click();
    await scopes.getByText('Choose at least one thing this token may do.').waitFor();
    expect(await seriousFindings(page), 'Settings with the scopes problem shown').toEqual([]);

    await scopes.getByRole('checkbox', { name: 'Read' }).check();
    await scopes.getByRole('checkbox', { name: 'Export' }).check();
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText(/Here is the token “backup script”; it can read, export\./).waitFor();
    const secret = await page.locator('.token-value').textContent();
    const row = page.locator('.token-row', { hasText: 'backup script' });
    await row.getByText(/Can read, export/).waitFor();

    const bearer = { Authorization: `Bearer ${secret}` };
    expect((await context.request.get('/api/v1/export', { headers: bearer })).status()).toBe(200);
    const refused = await context.request.post('/api/v1/moments', { headers: bearer, data: { distressBefore: 4 } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('missing_scope');
    await context.close();
  });

  it('sets a PIN, locks now, keeps help open behind the lock, says a wrong PIN plainly, and opens with the right one', async () => {
    const context = await signedInContext(browser, mend.url, { name: 'hana', password: 'a kettle coming to boil' });
    const page = await context.newPage();
    await open(page, '/settings');
    const lock = page.getByRole('region', { name: 'App lock' });
    await lock.getByLabel('PIN').fill('2468');
    await lock.getByLabel('Your password, to confirm').fill('a kettle coming to boil');
    await lock.getByRole('button', { name: 'Set PIN' }).click();
    await lock.getByText('PIN saved. Mend locks after 5 minutes without use.').waitFor();

    await lock.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mend is locked' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2, name: 'App lock' }).count()).toBe(0);
    expect(await seriousFindings(page), 'the lock screen').toEqual([]);

    // The server holds the lock: a reload shows the lock screen again, not the person's screens.
    // The device's own note of the lock goes first, so only the server's 423 can show it.
    expect((await context.request.get('/api/v1/me')).status()).toBe(423);
    await page.evaluate(() => localStorage.removeItem('mend.locked'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mend is locked' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);

    await page.getByRole('link', { name: 'I need help now' }).click();
    await page.getByRole('heading', { level: 1, name: 'You don’t have to carry this alone' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Mend is locked' }).waitFor();

    const pin = page.getByLabel('PIN');
    expect(await pin.getAttribute('inputmode')).toBe('numeric');
    await pin.fill('1111');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText(/That PIN is not right/).waitFor();

    await pin.fill('2468');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await context.close();
  });

  it('signs out a screen left open after the idle time, with the reason, and the server session is gone', async () => {
    const context = await signedInContext(browser, mend.url, { name: 'ivo', password: 'the last light of day' });
    await context.request.put('/api/v1/preferences', { data: { idleSignOutMinutes: 15 } });
    // Playwright's clock is for the whole context: this one has the account to itself.
    await context.clock.install();
    const page = await context.newPage();
    await open(page, '/');
    await page.getByRole('heading', { level: 1, name: HOME }).waitFor();

    await page.clock.fastForward('14:00');
    expect(await page.getByRole('heading', { level: 1, name: HOME }).count()).toBe(1);
    await page.clock.fastForward('02:00');
    await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await page.getByText('You were signed out after a while without use', { exact: false }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('mend.remembered') ?? '')).not.toContain('ivo');
    expect((await context.request.get('/api/v1/me')).status()).toBe(401);
    await context.close();
  });
});
