/**
 * GET /api/v1/insights for a person with ten years of several moments a day. The real
 * `mend serve` runs in its own process on a fresh SQLite data dir; requests go one at a time
 * (a person opening the Insights page, not a crowd), interleaved with GET /health each round so
 * machine noise falls on both alike. Figures are medians over the rounds; the ratio is against
 * /health in the same run. Then the same work is timed phase by phase in this process, so the
 * split of the time is measured rather than guessed.
 *
 *   npm run bench:insights-api -- [--rounds 30] [--moments 15000] [--days 3650]
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveMend, stopMend } from './support/serve-mend';
import { CATALOGUE, computeInsights, InsightsSchema, type ExportDocument, type Moment } from '@mend/core';
import { generateDemoHistory } from '@mend/core/demo';
import { addUser, configFromEnv, createPersonalToken, importAccount, openStorage } from '@mend/server';
// Reached by path for the phase timings only: these are the exact calls the endpoint makes.
import { listSkillViews } from '../packages/server/src/services/skills';
import { listInsightsMoments } from '../packages/server/src/storage/moments-store';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '30' },
    moments: { type: 'string', default: '15000' },
    days: { type: 'string', default: '3650' },
  },
});
const ROUNDS = Number(args.rounds);
const TARGET_MOMENTS = Number(args.moments);
const DAYS = Number(args.days);
const WARM_UP = 5;
const FIRST_SEED = 2026;
const PASSWORD = 'a long bench passphrase';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
};

/**
 * One demo history gives about 1.6 moments a day. Several seeds over the same days are merged
 * (ids prefixed by seed) until there are enough, then thinned evenly in time to the target.
 */
function history(now: Date): ExportDocument {
  const merged: Moment[] = [];
  let document: ExportDocument | undefined;
  for (let seed = FIRST_SEED; merged.length < TARGET_MOMENTS; seed++) {
    document = generateDemoHistory({ days: DAYS, now, seed, skills: CATALOGUE, accountName: 'reader' });
    merged.push(...document.moments.map((moment) => ({ ...moment, id: `s${seed}-${moment.id}` })));
  }
  merged.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  const step = merged.length / TARGET_MOMENTS;
  const moments = Array.from({ length: TARGET_MOMENTS }, (_, index) => merged[Math.floor(index * step)]!);
  return { ...document!, moments };
}

interface Scenario {
  name: string;
  path: string;
  token?: string;
}

/** Milliseconds from sending the request to having the whole body. */
async function timeRequest(url: string, scenario: Scenario): Promise<{ ms: number; bytes: number }> {
  const headers: Record<string, string> = scenario.token ? { authorization: `Bearer ${scenario.token}` } : {};
  const start = performance.now();
  const response = await fetch(url + scenario.path, { headers });
  const body = await response.arrayBuffer();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${scenario.name}: ${response.status} ${Buffer.from(body).toString('utf8').slice(0, 500)}`);
  return { ms, bytes: body.byteLength };
}

async function timePhase(rounds: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < WARM_UP + rounds; round++) {
    const start = performance.now();
    await work();
    if (round >= WARM_UP) times.push(performance.now() - start);
  }
  return median(times);
}

const ms = (value: number): string => value.toFixed(1);

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mend-bench-insights-'));
  const env = { ...process.env, MEND_DATA_DIR: dataDir, PORT: '0', MEND_HOST: '127.0.0.1', LOG_LEVEL: 'warn', MEND_RATE_LIMIT: 'false' };
  let child: ChildProcess | undefined;
  try {
    const now = new Date();
    const document = history(now);
    const storage = await openStorage(configFromEnv(env));
    let token: string;
    let ownerId: string;
    try {
      const user = await addUser(storage, { name: 'reader', password: PASSWORD }, now);
      ownerId = user.id;
      await importAccount(storage, user.id, document, now);
      token = (await createPersonalToken(storage, user.id, 'bench', now)).token;
    } finally {
      await storage.close();
    }

    const server = await serveMend(env);
    child = server.child;
    const scenarios: Scenario[] = [
      { name: 'GET /health (baseline)', path: '/api/v1/health' },
      { name: 'GET /insights', path: '/api/v1/insights', token },
      { name: 'GET /insights?timeZone=Europe/Dublin', path: '/api/v1/insights?timeZone=Europe%2FDublin', token },
      { name: 'GET /follow-ups/pending', path: '/api/v1/follow-ups/pending', token },
    ];
    const first = document.moments[0]!.occurredAt.slice(0, 10);
    const last = document.moments.at(-1)!.occurredAt.slice(0, 10);
    console.error(`Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}.`);
    console.error(`${document.moments.length} moments from ${first} to ${last}; ${ROUNDS} rounds after ${WARM_UP} warm-up rounds.`);

    for (let round = 0; round < WARM_UP; round++) for (const scenario of scenarios) await timeRequest(server.url, scenario);
    const samples = new Map<string, number[]>(scenarios.map((scenario) => [scenario.name, []]));
    const bytes = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const scenario of scenarios) {
        const sample = await timeRequest(server.url, scenario);
        samples.get(scenario.name)!.push(sample.ms);
        bytes.set(scenario.name, sample.bytes);
      }
    }
    const base = median(samples.get(scenarios[0]!.name)!);
    console.log('| request | median ms | p90 ms | × health (median) | response bytes |');
    console.log('|---|---:|---:|---:|---:|');
    for (const { name } of scenarios) {
      const runs = samples.get(name)!;
      console.log(`| ${name} | ${ms(median(runs))} | ${ms(percentile(runs, 0.9))} | ${(median(runs) / base).toFixed(1)} | ${bytes.get(name)} |`);
    }

    // The same steps in this process (the server is idle meanwhile; SQLite in WAL mode lets both read).
    const local = await openStorage(configFromEnv(env));
    try {
      const asOf = new Date();
      const moments = await listInsightsMoments(local.db, ownerId, asOf.toISOString());
      const { skills } = await listSkillViews(local, ownerId);
      const insights = computeInsights({ moments, skills, asOf, timeZone: 'UTC' });
      const phases: Array<[string, () => unknown]> = [
        ['read the moments (one query, rows → objects)', () => listInsightsMoments(local.db, ownerId, asOf.toISOString())],
        ['read the skill views', () => listSkillViews(local, ownerId)],
        ['computeInsights (UTC)', () => computeInsights({ moments, skills, asOf, timeZone: 'UTC' })],
        ['computeInsights (Europe/Dublin)', () => computeInsights({ moments, skills, asOf, timeZone: 'Europe/Dublin' })],
        ['check the answer against InsightsSchema + JSON.stringify', () => JSON.stringify(InsightsSchema.parse(insights))],
      ];
      console.log('');
      console.log('| phase (in process) | median ms |');
      console.log('|---|---:|');
      for (const [name, work] of phases) console.log(`| ${name} | ${ms(await timePhase(ROUNDS, work))} |`);
    } finally {
      await local.close();
    }
  } finally {
    await stopMend(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
