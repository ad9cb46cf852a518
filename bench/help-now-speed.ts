/**
 * "I need help now": time from the tap on the header link to the help screen's h1 being painted,
 * in real headless Chromium against the real `mend serve` (production build), signed out and
 * signed in, and whether any request went out in between. Baselines in the same run: a tap on
 * plain text (input → next frame, the floor) and a tap on the brand link "Mend" (another in-app
 * navigation). Then the same tap with the API never answering and with the browser offline: the
 * help screen must still render, so it did not wait for a request.
 *
 *   npm run build && npm run bench:help -- [--taps 25] [--warmup 3] [--no-api-taps 5] [--limit-ms 100]
 *
 * Exits non-zero when the median tap → painted (or → presented, by Element Timing) exceeds 100 ms
 * signed out or signed in, when any request starts between the tap and the help screen's paint,
 * or when the help screen does not render without the API. The page is served from a copy of
 * packages/web/dist, so a rebuild elsewhere during the run does not pull files from under it.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page, type Request, type Route } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumVersion, median, percentile } from './support/chromium';
import { serveMend, snapshotWebDist, stopMend } from './support/serve-mend';
import { reportOutcome } from './support/outcome';

const { values: args } = parseArgs({
  options: {
    taps: { type: 'string', default: '25' },
    warmup: { type: 'string', default: '3' },
    'no-api-taps': { type: 'string', default: '5' },
    'limit-ms': { type: 'string', default: '100' },
  },
});
const TAPS = Number(args.taps);
const WARMUP = Number(args.warmup);
const NO_API_TAPS = Number(args['no-api-taps']);
const LIMIT_MS = Number(args['limit-ms']);
/** The help screen's h1 (its text is "You don’t have to carry this alone"; "Help now" is the tab title). */
const HELP_H1 = '#main .help-screen h1';

/** What the page recorded for one tap; times are performance.now() milliseconds (the page's clock). */
interface Tap {
  down: number; // pointerdown event.timeStamp: when the browser received the press
  click: number; // click event.timeStamp: the release, when the link navigates
  dom: number; // the expected h1 is in the DOM (MutationObserver callback)
  painted: number; // setTimeout(0) queued from the next requestAnimationFrame after `dom`: that frame is done
  element: number | null; // Element Timing renderTime of the h1, when Chromium reported one
  heading: string;
  path: string;
}

interface Sample extends Tap {
  requests: string[]; // requests that started between arming and `painted`
}

/** appear: wait for this h1; leave: wait for an h1 of #main that is not this one; frame: just the next frame. */
type Expect = { kind: 'appear'; selector: string } | { kind: 'leave'; selector: string } | { kind: 'frame' };

/**
 * Runs in the page before the tap: capture-phase listeners for pointerdown and click on window
 * (they run before React's own, which sit on the root), and a MutationObserver for the h1.
 */
function arm(expect: Expect): void {
  type State = Partial<Tap> & { done: boolean };
  const state: State = { done: false, element: null };
  (window as unknown as { __tap: State }).__tap = state;
  const id = `mend-bench-${Math.random().toString(36).slice(2)}`;

  const finish = () => {
    requestAnimationFrame(() => {
      setTimeout(() => {
        state.painted = performance.now();
        state.path = location.pathname;
        state.heading = document.querySelector('#main h1')?.textContent?.trim() ?? '';
        state.done = true;
      }, 0);
    });
  };
  const found = (): HTMLElement | null => {
    if (expect.kind === 'appear') return document.querySelector<HTMLElement>(expect.selector);
    if (expect.kind === 'leave' && !document.querySelector(expect.selector)) return document.querySelector<HTMLElement>('#main h1');
    return null;
  };
  const check = () => {
    if (state.dom !== undefined || state.click === undefined) return;
    const h1 = found();
    if (!h1) return;
    state.dom = performance.now();
    observer.disconnect();
    // Set before the frame that paints it, so Element Timing reports that paint.
    h1.setAttribute('elementtiming', id);
    finish();
  };
  const observer = new MutationObserver(check);
  if (expect.kind !== 'frame') observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const holder = window as unknown as { __tapElements?: PerformanceObserver };
  holder.__tapElements?.disconnect();
  holder.__tapElements = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { identifier?: string; renderTime?: number })[]) {
      if (entry.identifier === id) state.element = entry.renderTime || entry.startTime;
    }
  });
  holder.__tapElements.observe({ type: 'element', buffered: false });

  addEventListener('pointerdown', (event) => { state.down = event.timeStamp; }, { capture: true, once: true });
  addEventListener('click', (event) => {
    state.click = event.timeStamp;
    if (expect.kind === 'frame') {
      state.dom = performance.now();
      finish();
    } else {
      check();
    }
  }, { capture: true, once: true });
}

class Network {
  inFlight = new Set<Request>();
  private window: string[] | null = null;

  constructor(page: Page) {
    page.on('request', (request) => {
      this.inFlight.add(request);
      this.window?.push(`${request.method()} ${new URL(request.url()).pathname} (${request.resourceType()})`);
    });
    const done = (request: Request) => this.inFlight.delete(request);
    page.on('requestfinished', done);
    page.on('requestfailed', done);
  }

  open(): void {
    this.window = [];
  }

  close(): string[] {
    const seen = this.window ?? [];
    this.window = null;
    return seen;
  }

  /** Waits until nothing has been in flight for `quietMs` (or gives up after `maxMs`). */
  async settle(page: Page, quietMs = 150, maxMs = 3000): Promise<void> {
    const start = Date.now();
    let quietSince = Date.now();
    while (Date.now() - start < maxMs) {
      if (this.inFlight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
      await page.waitForTimeout(25);
    }
  }
}

async function tap(page: Page, network: Network, target: string, expect: Expect, settle = true): Promise<Sample> {
  if (settle) await network.settle(page);
  await page.evaluate(arm, expect);
  network.open();
  await page.locator(target).click();
  await page.waitForFunction(() => (window as unknown as { __tap: { done: boolean } }).__tap.done, undefined, { timeout: 10_000, polling: 10 });
  const requests = network.close();
  // Element Timing entries arrive after the frame is presented; give them a moment.
  await page.waitForFunction(() => (window as unknown as { __tap: { element: number | null } }).__tap.element !== null, undefined, { timeout: 300, polling: 10 }).catch(() => undefined);
  const result = await page.evaluate(() => (window as unknown as { __tap: Tap }).__tap);
  return { ...result, requests };
}

const HELP_LINK = 'header a.help-now-link';
const BRAND_LINK = 'header a.brand';
const PLAIN_TEXT = '#main h1';

interface Round {
  frame: Sample;
  help: Sample;
  brand: Sample;
}

/** One round, starting and ending on the start screen: tap plain text, tap help, tap "Mend". */
async function round(page: Page, network: Network, startHeading: string): Promise<Round> {
  const frame = await tap(page, network, PLAIN_TEXT, { kind: 'frame' });
  const help = await tap(page, network, HELP_LINK, { kind: 'appear', selector: HELP_H1 });
  const brand = await tap(page, network, BRAND_LINK, { kind: 'leave', selector: HELP_H1 });
  if (brand.heading !== startHeading) throw new Error(`"Mend" led to "${brand.heading}", expected "${startHeading}"`);
  return { frame, help, brand };
}

const fromDown = (sample: Sample) => sample.painted - sample.down;
const fromClick = (sample: Sample) => sample.painted - sample.click;
const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');

interface Row {
  label: string;
  samples: Sample[];
}

function printTable(title: string, rows: Row[], baseline: Row): void {
  const base = median(baseline.samples.map(fromDown));
  console.log(`\n${title}\n`);
  console.log('| tap | n | median ms | p90 ms | max ms | × input→frame (median) | median from click ms | median h1 in DOM, from press ms | median Element Timing, from press ms | requests before paint |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const down = row.samples.map(fromDown);
    const elements = row.samples.filter((s) => s.element !== null).map((s) => s.element! - s.down);
    const requests = row.samples.reduce((sum, s) => sum + s.requests.length, 0);
    console.log(`| ${row.label} | ${row.samples.length} | ${fmt(median(down))} | ${fmt(percentile(down, 90))} | ${fmt(Math.max(...down))} | ${(median(down) / base).toFixed(2)} | ${fmt(median(row.samples.map(fromClick)))} | ${fmt(median(row.samples.map((s) => s.dom - s.down)))} | ${elements.length ? `${fmt(median(elements))} (${elements.length}/${row.samples.length})` : '–'} | ${requests} |`);
  }
}

async function scenario(page: Page, network: Network, label: string, startHeading: string, failures: string[]): Promise<Row[]> {
  for (let i = 0; i < WARMUP; i++) await round(page, network, startHeading);
  const rounds: Round[] = [];
  for (let i = 0; i < TAPS; i++) rounds.push(await round(page, network, startHeading));
  const help = rounds.map((r) => r.help);
  for (const [i, sample] of help.entries()) {
    if (sample.requests.length) failures.push(`${label}, tap ${i + 1}: requests between the tap and the help screen's paint: ${sample.requests.join(', ')}`);
  }
  const helpMedian = median(help.map(fromDown));
  if (!(helpMedian <= LIMIT_MS)) failures.push(`${label}: median tap → help painted ${fmt(helpMedian)} ms > ${LIMIT_MS} ms`);
  // Element Timing's renderTime is when the frame was presented, a few ms after the main thread's paint.
  const elements = help.filter((s) => s.element !== null).map((s) => s.element! - s.down);
  if (elements.length && !(median(elements) <= LIMIT_MS)) failures.push(`${label}: median tap → help h1 presented (Element Timing) ${fmt(median(elements))} ms > ${LIMIT_MS} ms`);
  return [
    { label: `${label}: plain text → next frame (baseline)`, samples: rounds.map((r) => r.frame) },
    { label: `${label}: "I need help now" → help screen h1 painted`, samples: help },
    { label: `${label}: "Mend" → start screen painted`, samples: rounds.map((r) => r.brand) },
  ];
}

/** The help tap while the API is unreachable: it must render all the same. */
async function withoutApi(page: Page, network: Network, label: string, failures: string[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < NO_API_TAPS; i++) {
    try {
      samples.push(await tap(page, network, HELP_LINK, { kind: 'appear', selector: HELP_H1 }, false));
    } catch (error) {
      failures.push(`${label}: the help screen did not render (${(error as Error).message.split('\n')[0]})`);
      return samples;
    }
    await page.locator(BRAND_LINK).click();
    await page.waitForTimeout(150);
  }
  return samples;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mend-bench-help-'));
  const webDist = await snapshotWebDist(dataDir).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  const env = { ...process.env, MEND_DATA_DIR: dataDir, MEND_WEB_DIST: webDist, PORT: '0', MEND_HOST: '127.0.0.1', LOG_LEVEL: 'warn', MEND_RATE_LIMIT: 'false' };
  let child: ChildProcess | undefined;
  let browser: Browser | undefined;
  const failures: string[] = [];
  try {
    const server = await serveMend(env);
    child = server.child;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    // tsx (esbuild, keepNames) wraps named functions in __name(…); functions sent to the page need it too.
    await context.addInitScript('globalThis.__name = (target) => target;');
    const page = await context.newPage();
    const network = new Network(page);

    console.log(`${chromiumVersion()} (browser ${browser.version()}), Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
    console.log(`${TAPS} measured rounds after ${WARMUP} warm-up rounds per scenario; times from the press (pointerdown event.timeStamp) to the frame after the h1 appeared.`);

    // Signed out on a fresh data dir: the start screen is setup ("Welcome to Mend").
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const signedOutStart = (await page.locator('#main h1').textContent())?.trim() ?? '';
    const signedOut = await scenario(page, network, 'signed out', signedOutStart, failures);

    // Signed in on Home: the first account becomes the owner; the cookie lands in this context.
    const registered = await page.request.post(`${server.url}/api/v1/auth/register`, { data: { name: 'bench', password: 'a long bench passphrase' } });
    if (!registered.ok()) throw new Error(`register: ${registered.status()} ${await registered.text()}`);
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const signedInStart = (await page.locator('#main h1').textContent())?.trim() ?? '';
    const signedIn = await scenario(page, network, 'signed in, Home', signedInStart, failures);

    // The API holds every request and never answers (a server that hangs).
    const held: Route[] = [];
    await page.route('**/api/**', (route) => { held.push(route); });
    const hanging = await withoutApi(page, network, 'API never answers', failures);
    await page.unroute('**/api/**');
    await Promise.all(held.map((route) => route.abort().catch(() => undefined)));
    // No network at all.
    await context.setOffline(true);
    const offline = await withoutApi(page, network, 'offline', failures);
    await context.setOffline(false);

    printTable(`Signed out, start screen "${signedOutStart}"`, signedOut, signedOut[0]!);
    printTable(`Signed in, start screen "${signedInStart}"`, signedIn, signedIn[0]!);
    printTable('Signed in, without the API (help tap only; baseline: signed in, plain text)', [
      { label: `API never answers: "I need help now" → painted`, samples: hanging },
      { label: `offline: "I need help now" → painted`, samples: offline },
    ], signedIn[0]!);
    const navigations = [signedOut[1]!, signedOut[2]!, signedIn[1]!, signedIn[2]!].flatMap((row) => row.samples);
    console.log(`\nload average after: ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}; Element Timing reported for ${navigations.filter((s) => s.element !== null).length}/${navigations.length} navigation taps`);
  } finally {
    await browser?.close();
    await stopMend(child);
    await rm(dataDir, { recursive: true, force: true });
  }
  reportOutcome(failures, `median tap → help painted ≤ ${LIMIT_MS} ms, no request before it, and it renders without the API.`);
}

await main();
