import type { Page } from 'playwright-core';

/**
 * Collects every Content-Security-Policy violation on a page: the `securitypolicyviolation`
 * event (reported to the console from an init script, so it is seen before the app's own
 * scripts run) and Chromium's own console message when it blocks something.
 */
export async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return violations;
}
