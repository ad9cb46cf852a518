/**
 * API load: the real `mend serve` in its own process on a fresh SQLite data dir, driven by
 * autocannon with a personal access token. Rounds are interleaved (every endpoint once per round)
 * so machine noise lands on all of them alike; each figure is the median over rounds and each
 * ratio is against GET /health measured in the same run.
 *
 *   npm run bench:api -- [--rounds 5] [--duration 5] [--connections 10] [--days 365]
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveMend, stopMend } from './support/serve-mend';
import autocannon from 'autocannon';
import { CATALOGUE } from '@mend/core';
import { generateDemoHistory } from '@mend/core/demo';
import { addUser, configFromEnv, createPersonalToken, importAccount, openStorage, type Storage } from '@mend/server';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    days: { type: 'string', default: '365' },
  },
});
const ROUNDS = Number(args.rounds);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const DAYS = Number(args.days);
const SEED = 2026;
const PASSWORD = 'a long bench passphrase';

interface Scenario {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  token?: string;
  body?: string;
}

interface Sample {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function seedAccount(storage: Storage, name: string, now: Date): Promise<{ token: string; moments: number }> {
  const user = await addUser(storage, { name, password: PASSWORD }, now);
  const history = generateDemoHistory({ days: DAYS, now, seed: SEED, skills: CATALOGUE, accountName: name });
  await importAccount(storage, user.id, history, now);
  const { token } = await createPersonalToken(storage, user.id, 'bench', now);
  return { token, moments: history.moments.length };
}

async function getJson<T>(url: string, token: string): Promise<T> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A cursor about 90% of the way back (still a full page after it), found by paging like a client. */
async function deepCursor(url: string, token: string, total: number): Promise<string> {
  let cursor: string | null = null;
  for (let seen = 0; seen < Math.min(total * 0.9, total - 100); ) {
    const query: string = cursor ? `&cursor=${cursor}` : '';
    const page: { moments: unknown[]; nextCursor: string | null } = await getJson(`${url}/api/v1/moments?limit=50${query}`, token);
    if (!page.nextCursor) break;
    seen += page.moments.length;
    cursor = page.nextCursor;
  }
  if (!cursor) throw new Error('history too short for a deep cursor');
  return cursor;
}

async function load(url: string, scenario: Scenario, duration: number): Promise<Sample> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (scenario.token) headers.authorization = `Bearer ${scenario.token}`;
  const result = await autocannon({
    url: url + scenario.path,
    connections: CONNECTIONS,
    duration,
    method: scenario.method ?? 'GET',
    headers,
    ...(scenario.body ? { body: scenario.body } : {}),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

const format = (value: number, digits = 0): string => value.toFixed(digits);

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mend-bench-'));
  const env = { ...process.env, MEND_DATA_DIR: dataDir, PORT: '0', MEND_HOST: '127.0.0.1', LOG_LEVEL: 'warn', MEND_RATE_LIMIT: 'false' };
  let child: ChildProcess | undefined;
  try {
    const now = new Date();
    const storage = await openStorage(configFromEnv(env));
    // Writes go to their own account so the read scenarios see the same history every round.
    const [reader, writer] = await (async () => {
      try {
        return [await seedAccount(storage, 'reader', now), await seedAccount(storage, 'writer', now)];
      } finally {
        await storage.close();
      }
    })();

    const server = await serveMend(env);
    child = server.child;
    const cursor = await deepCursor(server.url, reader.token, reader.moments);
    const scenarios: Scenario[] = [
      { name: 'GET /health (baseline)', path: '/api/v1/health' },
      { name: 'GET /moments?limit=50 (first page)', path: '/api/v1/moments?limit=50', token: reader.token },
      { name: 'GET /moments?limit=50&cursor=… (90% back)', path: `/api/v1/moments?limit=50&cursor=${cursor}`, token: reader.token },
      { name: 'POST /moments (quick log)', path: '/api/v1/moments', method: 'POST', token: writer.token, body: JSON.stringify({ distressBefore: 6, skillIds: ['box-breathing'] }) },
      { name: 'GET /export', path: '/api/v1/export', token: reader.token },
    ];

    const exportBytes = (await (await fetch(`${server.url}/api/v1/export`, { headers: { authorization: `Bearer ${reader.token}` } })).arrayBuffer()).byteLength;
    console.error(`Node ${process.version}, ${os.cpus().length} cores; ${reader.moments} moments over ${DAYS} days; export ${exportBytes} bytes.`);
    console.error(`${ROUNDS} rounds × ${scenarios.length} endpoints × ${DURATION} s, ${CONNECTIONS} connections (after a 1 s warm-up each).`);

    for (const scenario of scenarios) await load(server.url, scenario, 1);
    const samples = new Map<string, Sample[]>(scenarios.map((scenario) => [scenario.name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const scenario of scenarios) samples.get(scenario.name)!.push(await load(server.url, scenario, DURATION));
      console.error(`round ${round}/${ROUNDS} done`);
    }

    const summary = scenarios.map(({ name }) => {
      const runs = samples.get(name)!;
      return {
        name,
        requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
        p50: median(runs.map((run) => run.p50)),
        p99: median(runs.map((run) => run.p99)),
        failures: runs.reduce((sum, run) => sum + run.failures, 0),
      };
    });
    const base = summary[0]!;
    console.log('| endpoint | req/s | × health | p50 ms | × health | p99 ms | × health | failed |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of summary) {
      console.log(
        `| ${row.name} | ${format(row.requestsPerSecond)} | ${format(row.requestsPerSecond / base.requestsPerSecond, 2)} | ` +
          `${format(row.p50)} | ${format(row.p50 / base.p50, 1)} | ${format(row.p99)} | ${format(row.p99 / base.p99, 1)} | ${row.failures} |`,
      );
    }
  } finally {
    await stopMend(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
