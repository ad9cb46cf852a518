/**
 * Main-thread work of a first visit: the signed-out start screen (the sign-in screen, an owner
 * exists) loaded cold in real headless Chromium with the CPU slowed 4× (as Lighthouse's mobile
 * profile does), read from Chromium's own counters (Performance.getMetrics: ScriptDuration, the
 * time spent running JavaScript; TaskDuration, all main-thread tasks) once the screen has
 * settled. With --baseline, a second build (another checkout's packages/web/dist) is measured in
 * the same run, visits alternating, and the medians are compared as ratios: the machine is shared
 * and noisy, so only a same-run comparison says whether a change made the first visit heavier.
 *
 *   npm run build && npm run bench:first-load -- [--baseline /other/checkout/packages/web/dist] [--visits 8]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumVersion, median } from './support/chromium';
import { serveMend, snapshotWebDist, stopMend } from './support/serve-mend';

const { values: args } = parseArgs({
  options: { baseline: { type: 'string' }, visits: { type: 'string', default: '8' } },
});
const VISITS = Number(args.visits);
const CPU_SLOWDOWN = 4;

const work = await mkdtemp(path.join(os.tmpdir(), 'mend-first-load-'));
const builds: { name: string; dist: string }[] = [{ name: 'this build', dist: await snapshotWebDist(work) }];
if (args.baseline) builds.push({ name: 'baseline', dist: path.resolve(args.baseline) });

const servers = [];
for (const build of builds) {
  const dataDir = await mkdtemp(path.join(work, 'data-'));
  const server = await serveMend({ ...process.env, PORT: '0', MEND_DATA_DIR: dataDir, MEND_WEB_DIST: build.dist, LOG_LEVEL: 'warn' });
  const registered = await fetch(`${server.url}/api/v1/auth/register`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ name: 'owner', password: 'a long enough password' }),
  });
  if (!registered.ok) throw new Error(`register: ${registered.status}`);
  servers.push({ ...build, ...server, script: [] as number[], tasks: [] as number[] });
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  for (let visit = 0; visit < VISITS; visit++) {
    // Alternate which build goes first, so a slow moment of the machine hits both alike.
    for (const server of visit % 2 ? [...servers].reverse() : servers) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await cdp.send('Performance.enable');
      await page.goto(`${server.url}/`);
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(1500);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const milliseconds = (name: string) => Math.round((metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000);
      server.script.push(milliseconds('ScriptDuration'));
      server.tasks.push(milliseconds('TaskDuration'));
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await stopMend(server.child);
  await rm(work, { recursive: true, force: true });
}

console.log(`${chromiumVersion()}, CPU ${CPU_SLOWDOWN}× slower, ${VISITS} cold visits each, medians (each visit in brackets)\n`);
console.log('| build | script ms | all tasks ms |');
console.log('|---|---:|---:|');
for (const server of servers) {
  console.log(`| ${server.name} | ${median(server.script)} (${server.script.join('/')}) | ${median(server.tasks)} (${server.tasks.join('/')}) |`);
}
if (servers.length === 2) {
  const [current, baseline] = servers as [typeof servers[0], typeof servers[0]];
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
  console.log(`\nthis build ÷ baseline: script ${ratio(current.script, baseline.script)}×, all tasks ${ratio(current.tasks, baseline.tasks)}×`);
}
