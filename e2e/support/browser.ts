import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env.MEND_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Real Chromium from Debian's package. On CI a missing browser is a failure, never a skip:
 * `.ci/run` installs it.
 */
export const chromiumAvailable = existsSync(CHROMIUM_PATH);
if (!chromiumAvailable && process.env.CI === 'true') {
  throw new Error(`Chromium is missing at ${CHROMIUM_PATH}; e2e tests must run on CI (apt-get install -y chromium).`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export interface Person {
  name: string;
  password: string;
}

/** A browser context signed in as a new account on the given server. */
export async function signedInContext(browser: Browser, baseURL: string, person: Person): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const response = await context.request.post('/api/v1/auth/register', { data: person });
  if (!response.ok()) throw new Error(`register failed: ${response.status()} ${await response.text()}`);
  return context;
}

/** Opens a path and waits for the app to settle on a screen (its h1). */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
}
