/**
 * Lighthouse against the production build served by the real `mend serve`: the signed-out start
 * page `/` (sign-in, an owner exists) and `/help`, mobile form factor with Lighthouse's default
 * simulated throttling, categories performance, accessibility and best practices. Each URL runs
 * `--runs` times (interleaved, a fresh Chromium profile each), figures are medians. Also the
 * initial JS, gzipped: the scripts and module preloads dist/index.html references. When the build
 * has a service worker (dist/sw.js), its precache size too, and a warm run per URL: the worker
 * installed first, then Lighthouse with `disableStorageReset` so it does not wipe it.
 *
 *   npm run build && npm run bench:lighthouse -- [--runs 3]
 *
 * Exits non-zero when a URL's median performance score is below 95 or accessibility below 100.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumVersion, median } from './support/chromium';
import { serveMend, snapshotWebDist, stopMend } from './support/serve-mend';
import { reportOutcome } from './support/outcome';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(args.runs);
/** The copy of packages/web/dist this run serves and measures (set in main). */
let DIST = '';
const PATHS = ['/', '/help'];
const MIN_PERFORMANCE = 95;
const MIN_ACCESSIBILITY = 100;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const FLAGS = CHROMIUM_FLAGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag));

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  failing: Map<string, string>; // audit id → description with selectors
  warnings: string[];
  version: string;
  benchmarkIndex: number; // Lighthouse's measure of this machine's CPU speed during the run
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** Same-origin script src and modulepreload href values in index.html. */
function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag[0]);
    const isPreload = /\brel\s*=\s*["']?modulepreload/i.test(tag[0]);
    if (!isScript && !isPreload) continue;
    const url = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag[0])?.[1];
    if (url && !/^[a-z]+:/i.test(url) && /\.m?js(?:[?#].*)?$/i.test(url)) found.add(url.replace(/[?#].*$/, ''));
  }
  return [...found];
}

async function sizes(file: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(path.join(DIST, file.replace(/^\//, '')));
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** The precache manifest workbox writes into sw.js: `{url:"…",revision:…}` entries. */
function precacheUrls(sw: string): string[] {
  const urls = new Set<string>();
  for (const match of sw.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)) urls.add(match[1]!);
  return [...urls];
}

async function weights(): Promise<{ hasWorker: boolean }> {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  let raw = 0;
  let gzip = 0;
  console.log('\nInitial JS (script src and modulepreload in dist/index.html), gzip = node:zlib default level\n');
  console.log('| file | raw KiB | gzip KiB |');
  console.log('|---|---:|---:|');
  for (const url of initialScripts(html)) {
    const size = await sizes(url);
    raw += size.raw;
    gzip += size.gzip;
    console.log(`| ${url} | ${kib(size.raw)} | ${kib(size.gzip)} |`);
  }
  console.log(`| **initial JS total** | ${kib(raw)} | ${kib(gzip)} |`);

  const swFile = path.join(DIST, 'sw.js');
  if (!existsSync(swFile)) {
    console.log('\nNo dist/sw.js: no service worker in this build, so no precache size and no warm run.');
    return { hasWorker: false };
  }
  const urls = precacheUrls(await readFile(swFile, 'utf8'));
  let preRaw = 0;
  let preGzip = 0;
  const missing: string[] = [];
  for (const url of urls) {
    if (!existsSync(path.join(DIST, url.replace(/^\//, '')))) {
      missing.push(url);
      continue;
    }
    const size = await sizes(url);
    preRaw += size.raw;
    preGzip += size.gzip;
  }
  const worker = await sizes('sw.js');
  console.log(`\nService worker: dist/sw.js ${kib(worker.raw)} KiB (gzip ${kib(worker.gzip)}); precache manifest ${urls.length} entries, ${kib(preRaw)} KiB raw, ${kib(preGzip)} KiB gzip${missing.length ? ` (not in dist: ${missing.join(', ')})` : ''}`);
  return { hasWorker: true };
}

function summarise(lhr: Result): Run {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = new Map<string, string>();
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') continue;
      if (audit.score >= (ref.group === 'metrics' ? 0.9 : 1)) continue;
      if (id === 'performance' && ref.weight === 0 && audit.score >= 0.9) continue;
      const items = (audit.details as { items?: { node?: { selector?: string; snippet?: string }; url?: string }[] } | undefined)?.items ?? [];
      const where = items.slice(0, 6).map((item) => item.node?.selector ?? item.url ?? '').filter(Boolean);
      failing.set(`${id}: ${ref.id}`, `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''} [score ${audit.score}]${where.length ? ` — ${where.join(' | ')}` : ''}`);
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
    failing,
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    version: `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/\S+/)?.[0] ?? ''}, ${lhr.configSettings.formFactor}, throttling ${lhr.configSettings.throttlingMethod}`,
  };
}

/** Runs that had to be repeated: Lighthouse 12 with this Chromium sometimes loses the trace's navigationStart. */
const retried: string[] = [];

async function runLighthouse(url: string, port: number, disableStorageReset: boolean): Promise<Run> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, disableStorageReset };
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const error = result.lhr.runtimeError;
    if (!error) return summarise(result.lhr);
    if (attempt >= 3) throw new Error(`Lighthouse on ${url}: ${error.code} ${error.message}`);
    retried.push(`${new URL(url).pathname}: ${error.code}`);
  }
}

/** A fresh profile per cold run: nothing cached from the last one. */
async function coldRun(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS });
  try {
    return await runLighthouse(url, chrome.port, false);
  } finally {
    await chrome.kill();
  }
}

/** Installs the service worker (it controls a second load), then runs Lighthouse without the storage reset. */
async function warmRuns(url: string, runs: number): Promise<{ runs: Run[]; controlled: boolean }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS });
  try {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0]!;
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload({ waitUntil: 'load' });
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    await page.close();
    await browser.close(); // disconnects; Chromium keeps running
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await runLighthouse(url, chrome.port, true));
    return { runs: results, controlled };
  } finally {
    await chrome.kill();
  }
}

const ms = (value: number) => (Number.isFinite(value) ? Math.round(value).toString() : '–');

function row(label: string, runs: Run[]): string {
  const m = (pick: (run: Run) => number) => median(runs.map(pick));
  const each = (pick: (run: Run) => number) => runs.map(pick).join('/');
  return `| ${label} | ${runs.length} | ${m((r) => r.performance)} (${each((r) => r.performance)}) | ${m((r) => r.accessibility)} (${each((r) => r.accessibility)}) | ${m((r) => r.bestPractices)} | ${ms(m((r) => r.fcp))} | ${ms(m((r) => r.lcp))} | ${ms(m((r) => r.tbt))} | ${m((r) => r.cls).toFixed(3)} | ${ms(m((r) => r.si))} |`;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mend-bench-lighthouse-'));
  DIST = await snapshotWebDist(dataDir).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  console.log(`${chromiumVersion()}, Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const { hasWorker } = await weights();

  const env = { ...process.env, MEND_DATA_DIR: dataDir, MEND_WEB_DIST: DIST, PORT: '0', MEND_HOST: '127.0.0.1', LOG_LEVEL: 'warn', MEND_RATE_LIMIT: 'false' };
  let child: ChildProcess | undefined;
  const failures: string[] = [];
  try {
    const server = await serveMend(env);
    child = server.child;
    // An owner exists, as on any running Mend: signed out, `/` is the sign-in screen, not first-run setup.
    const registered = await fetch(`${server.url}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'owner', password: 'a long bench passphrase' }),
    });
    if (!registered.ok) throw new Error(`register: ${registered.status} ${await registered.text()}`);

    const cold = new Map<string, Run[]>(PATHS.map((p) => [p, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const p of PATHS) {
        const run = await coldRun(new URL(p, server.url).href);
        cold.get(p)!.push(run);
        console.error(`run ${i + 1} ${p}: performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.bestPractices}`);
      }
    }
    const warm = new Map<string, { runs: Run[]; controlled: boolean }>();
    if (hasWorker) for (const p of PATHS) warm.set(p, await warmRuns(new URL(p, server.url).href, RUNS));

    const allRuns = [...cold.values(), ...[...warm.values()].map((w) => w.runs)].flat();
    console.log(`\n${cold.get('/')![0]!.version}; benchmarkIndex median ${Math.round(median(allRuns.map((r) => r.benchmarkIndex)))} (range ${Math.round(Math.min(...allRuns.map((r) => r.benchmarkIndex)))}–${Math.round(Math.max(...allRuns.map((r) => r.benchmarkIndex)))}); medians over ${RUNS} runs (each run's score in brackets)\n`);
    console.log('| URL | runs | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const p of PATHS) console.log(row(`${p} (cold)`, cold.get(p)!));
    for (const [p, result] of warm) console.log(row(`${p} (warm, service worker ${result.controlled ? 'in control' : 'NOT in control'})`, result.runs));

    if (retried.length) console.log(`\nRepeated after a Lighthouse runtime error: ${retried.join(', ')}`);
    for (const p of PATHS) {
      const runs = cold.get(p)!;
      const perf = median(runs.map((r) => r.performance));
      const a11y = median(runs.map((r) => r.accessibility));
      if (perf < MIN_PERFORMANCE) failures.push(`${p} (cold): median performance ${perf} < ${MIN_PERFORMANCE}`);
      if (a11y < MIN_ACCESSIBILITY) failures.push(`${p} (cold): median accessibility ${a11y} < ${MIN_ACCESSIBILITY}`);
      const warmRuns = warm.get(p)?.runs ?? [];
      // The offline-capable run (service worker in control) is held to the same targets.
      if (warmRuns.length) {
        const warmPerf = median(warmRuns.map((r) => r.performance));
        const warmA11y = median(warmRuns.map((r) => r.accessibility));
        if (warmPerf < MIN_PERFORMANCE) failures.push(`${p} (warm): median performance ${warmPerf} < ${MIN_PERFORMANCE}`);
        if (warmA11y < MIN_ACCESSIBILITY) failures.push(`${p} (warm): median accessibility ${warmA11y} < ${MIN_ACCESSIBILITY}`);
      }
      const failing = new Map<string, { text: string; cold: number; warm: number }>();
      for (const [kind, list] of [['cold', runs], ['warm', warmRuns]] as const) {
        for (const run of list) {
          for (const [id, text] of run.failing) {
            const seen = failing.get(id) ?? { text, cold: 0, warm: 0 };
            seen[kind]++;
            failing.set(id, seen);
          }
        }
      }
      const warnings = new Set([...runs, ...warmRuns].flatMap((r) => r.warnings));
      console.log(`\nAudits below full marks on ${p} (text from the first run that had it; in how many cold / warm runs):`);
      if (!failing.size) console.log('- none');
      for (const [id, { text, cold: c, warm: w }] of failing) console.log(`- ${id}: ${text} (cold ${c}/${runs.length}${hasWorker ? `, warm ${w}/${warmRuns.length}` : ''})`);
      for (const warning of warnings) console.log(`- run warning: ${warning}`);
    }
  } finally {
    await stopMend(child);
    await rm(dataDir, { recursive: true, force: true });
  }
  reportOutcome(failures, `median performance ≥ ${MIN_PERFORMANCE} and accessibility ${MIN_ACCESSIBILITY} on ${PATHS.join(' and ')}, cold and warm.`);
}

await main();
