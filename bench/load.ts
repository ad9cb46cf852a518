/**
 * Load: 1,000 people (real accounts, each with a read+write personal access token) logging moments,
 * answering "How are you now?" and reading their insights, against the real `mend serve`, and the
 * same requests against a bare node:http baseline doing only the database work
 * (bench/load-baseline.ts). Runs: SQLite with one Mend process; PostgreSQL with two (skipped, and
 * said so, when no PostgreSQL can be had). Each run: baseline, then Mend, same autocannon settings,
 * each starting from the same state (its moments emptied, then one logged per person).
 *
 *   npm run bench:load -- [--duration 60] [--connections 10] [--people 1000] [--runs 1]
 *                         [--database-url postgres://…] [--no-postgres] [--no-sqlite] [--health]
 *                         [--only moment|followUp|insights] [--baseline-named-statements]
 *
 * Without --database-url (or MEND_TEST_DATABASE_URL) scripts/start-test-postgres.sh starts a
 * throw-away PostgreSQL; two fresh databases are made on it and dropped at the end.
 * --health adds GET /health on Mend with the same connections; --only sends one kind of request
 * instead of the mix: both tell where Mend's time goes. --baseline-named-statements has the
 * PostgreSQL baseline prepare its statements by name, as Mend does (decision 011). Exits 1 if any request failed (non-2xx,
 * timeout or socket error).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { configFromEnv, SQLITE_FILE_NAME } from '@mend/server';
import { KINDS, LoadMix, momentBody, type Person, type RequestKind } from './support/load-mix';
import { createPeople } from './support/load-people';
import { reportOutcome } from './support/outcome';
import { serveMend, stopMend } from './support/serve-mend';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    people: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    'database-url': { type: 'string' },
    'no-postgres': { type: 'boolean', default: false },
    'no-sqlite': { type: 'boolean', default: false },
    'baseline-named-statements': { type: 'boolean', default: false },
    health: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const PEOPLE = Number(args.people);
const RUNS = Number(args.runs);
const WRITE_RATIO_TARGET = 0.5;
const SQLITE_P99_TARGET_MS = 50;
if (args.only !== undefined && !(KINDS as readonly string[]).includes(args.only)) throw new Error(`--only must be one of ${KINDS.join(', ')}`);
const PATTERN = args.only ? [args.only as RequestKind] : undefined;

interface Target {
  name: string;
  database: 'SQLite' | 'PostgreSQL';
  processes: number;
  url: string;
  people: Person[];
  /** Per person: moments logged and not yet followed up. */
  waiting: string[][];
  /** Where its moments are, to empty them before each run, and the tables that go with them (children first). */
  moments: MomentsTable;
  emptied: readonly string[];
  stop(): Promise<void>;
}

/** A server's moments table: in a SQLite file, or in a PostgreSQL database. */
type MomentsTable = { sqliteFile: string } | { url: string };

interface Measured {
  target: Target;
  run: number;
  seconds: number;
  requestsPerSecond: number;
  perSecond: Record<(typeof KINDS)[number], number>;
  p50: number;
  p99: number;
  kindP99: Record<(typeof KINDS)[number], number>;
  non2xx: number;
  timeouts: number;
  socketErrors: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], p: number): number => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' / ');

/** Real Mend: `mend serve` as a child on a database whose people were made beforehand (makePeople). */
async function startMendTarget(database: Target['database'], env: NodeJS.ProcessEnv, processes: number, people: Person[]): Promise<Target> {
  const { url, child } = await serveMend({ ...env, MEND_PROCESSES: String(processes) });
  const moments = env.DATABASE_URL ? { url: env.DATABASE_URL } : { sqliteFile: path.join(env.MEND_DATA_DIR!, SQLITE_FILE_NAME) };
  const emptied = ['follow_up_skips', 'moments'];
  return { name: 'Mend', database, processes, url, people, waiting: people.map(() => []), moments, emptied, stop: () => stopMend(child) };
}

/** The people, made through @mend/server in this process before the server starts. */
async function makePeople(database: Target['database'], env: NodeJS.ProcessEnv): Promise<Person[]> {
  const started = performance.now();
  const people = await createPeople(configFromEnv(env), PEOPLE);
  console.error(`${database}: ${PEOPLE} accounts with tokens made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return people;
}

/** The baseline needs no accounts: it takes the bearer token as the owner's id. */
async function startBaseline(database: Target['database'], moments: MomentsTable, processes: number, people: Person[]): Promise<Target> {
  const location = 'url' in moments ? ['--database-url', moments.url] : ['--data-dir', path.dirname(moments.sqliteFile)];
  const named = args['baseline-named-statements'] ? ['--named-statements'] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench/load-baseline.ts'), ...location, ...named, '--processes', String(processes)], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await readUrl(child, /running at (\S+)/);
  const name = named.length ? 'baseline (node:http, named statements)' : 'baseline (node:http)';
  return { name, database, processes, url, people, waiting: people.map(() => []), moments, emptied: ['moments'], stop: () => stopChild(child) };
}

/**
 * Before each run, both servers' moments go (follow-up skips with them), so every run starts
 * from the same state, seeded with one moment per person: otherwise the faster server would
 * start each later run with more history for its insights reads to go through.
 */
async function emptyMoments(target: Target): Promise<void> {
  const statements = target.emptied.map((table) => `delete from ${table}`);
  if ('url' in target.moments) {
    const client = new pg.Client({ connectionString: target.moments.url });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
  } else {
    const file = new SqliteDatabase(target.moments.sqliteFile);
    try {
      file.pragma('busy_timeout = 5000');
      for (const statement of statements) file.exec(statement);
    } finally {
      file.close();
    }
  }
  for (const waiting of target.waiting) waiting.length = 0;
}

function readUrl(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = pattern.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error(`stopped before it was ready:\n${output}`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** One moment per person before the run (also the warm-up), so the first follow-ups have something to answer. */
async function seed(target: Target): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < target.people.length; index = next++) {
      const id = `seed-${index}`;
      const response = await fetch(`${target.url}/api/v1/moments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${target.people[index]!.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(momentBody(id, index, Date.now())),
      });
      if (response.status !== 201) throw new Error(`${target.name} seed ${id}: ${response.status} ${await response.text()}`);
      target.waiting[index]!.push(id);
    }
  };
  await Promise.all(Array.from({ length: 20 }, worker));
}

async function measure(target: Target, run: number): Promise<Measured> {
  const mix = new LoadMix(target.people, target.waiting, `run${run}`, PATTERN);
  const result = await autocannon({ url: target.url, connections: CONNECTIONS, duration: DURATION, timeout: 10, requests: [mix.request()] });
  const seconds = result.duration;
  const perSecond = Object.fromEntries(KINDS.map((kind) => [kind, mix.counts[kind].ok / seconds])) as Measured['perSecond'];
  const kindP99 = Object.fromEntries(KINDS.map((kind) => [kind, percentile(mix.counts[kind].latencies, 99)])) as Measured['kindP99'];
  return {
    target,
    run,
    seconds,
    requestsPerSecond: result.requests.total / seconds,
    perSecond,
    p50: result.latency.p50,
    p99: result.latency.p99,
    kindP99,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    socketErrors: result.errors - result.timeouts,
  };
}

/** GET /health with the same connections: Fastify and the HTTP stack with one trivial query, for telling framework cost from the rest. */
async function measureHealth(target: Target): Promise<{ requestsPerSecond: number; p50: number; p99: number }> {
  const result = await autocannon({ url: `${target.url}/api/v1/health`, connections: CONNECTIONS, duration: Math.min(DURATION, 10) });
  return { requestsPerSecond: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99 };
}

async function postgresUrl(): Promise<string | null> {
  if (args['no-postgres']) return null;
  const given = args['database-url'] ?? process.env.MEND_TEST_DATABASE_URL;
  if (given) return given;
  try {
    return execFileSync(path.join(REPO, 'scripts/start-test-postgres.sh'), { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** A fresh database next to the one in `url`, so each run starts empty; dropped by the returned function. */
async function freshDatabase(url: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return {
    url: fresh.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

const f = (value: number, digits = 0) => value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function printTable(measured: Measured[]): void {
  console.log('\n| run | database | server | processes | req/s | moment writes/s | follow-ups/s | insights/s | p50 ms | p99 ms | p99 ms (moment / follow-up / insights) | errors (non-2xx / timeouts / socket) |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const m of measured) {
    console.log(
      `| ${m.run} | ${m.target.database} | ${m.target.name} | ${m.target.processes} | ${f(m.requestsPerSecond)} | ${f(m.perSecond.moment)} | ${f(m.perSecond.followUp)} | ` +
        `${f(m.perSecond.insights)} | ${m.p50} | ${m.p99} | ${f(m.kindP99.moment)} / ${f(m.kindP99.followUp)} / ${f(m.kindP99.insights)} | ` +
        `${m.non2xx + m.timeouts + m.socketErrors} (${m.non2xx} / ${m.timeouts} / ${m.socketErrors}) |`,
    );
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mend-load-'));
  const cleanups: Array<() => Promise<void>> = [];
  const failures: string[] = [];
  const verdicts: string[] = [];
  try {
    console.error(`Node ${process.version}, ${os.cpus().length} cores, load average ${loadAverage()} (1 / 5 / 15 min) at the start.`);
    const mix = args.only ? `only ${args.only}` : 'mix: 60% log a moment, 20% answer a follow-up, 20% read insights';
    console.error(`${PEOPLE} people, ${CONNECTIONS} connections, ${DURATION} s per run, ${RUNS} run(s); ${mix}.`);
    const baseEnv = { ...process.env, PORT: '0', MEND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
    const pairs: Array<[Target, Target]> = [];

    const sqliteEnv = { ...baseEnv, MEND_DATA_DIR: path.join(dir, 'mend') };
    const postgres = await postgresUrl();
    let postgresEnv: NodeJS.ProcessEnv | undefined;
    let postgresBaseline = '';
    if (postgres) {
      const mendDb = await freshDatabase(postgres, `mend_load_${process.pid}`);
      const baseDb = await freshDatabase(postgres, `mend_load_baseline_${process.pid}`);
      cleanups.push(mendDb.drop, baseDb.drop);
      postgresEnv = { ...baseEnv, MEND_DATA_DIR: path.join(dir, 'mend-pg'), DATABASE_URL: mendDb.url };
      postgresBaseline = baseDb.url;
    } else if (args['no-postgres']) {
      console.error('PostgreSQL: left out (--no-postgres).');
    } else {
      console.error('PostgreSQL: none given (--database-url) and scripts/start-test-postgres.sh could not start one: the PostgreSQL run is SKIPPED.');
    }
    // Both databases' people at once: the PostgreSQL round trips overlap the other's hashing.
    const [sqlitePeople, postgresPeople] = await Promise.all([
      args['no-sqlite'] ? Promise.resolve([]) : makePeople('SQLite', sqliteEnv),
      postgresEnv ? makePeople('PostgreSQL', postgresEnv) : Promise.resolve([]),
    ]);

    if (args['no-sqlite']) {
      console.error('SQLite: left out (--no-sqlite).');
    } else {
      const sqliteMend = await startMendTarget('SQLite', sqliteEnv, 1, sqlitePeople);
      cleanups.unshift(sqliteMend.stop);
      const sqliteBase = await startBaseline('SQLite', { sqliteFile: path.join(dir, 'baseline', 'baseline.sqlite') }, 1, sqlitePeople);
      cleanups.unshift(sqliteBase.stop);
      pairs.push([sqliteBase, sqliteMend]);
    }
    if (postgresEnv) {
      const pgMend = await startMendTarget('PostgreSQL', postgresEnv, 2, postgresPeople);
      cleanups.unshift(pgMend.stop);
      const pgBase = await startBaseline('PostgreSQL', { url: postgresBaseline }, 2, postgresPeople);
      cleanups.unshift(pgBase.stop);
      pairs.push([pgBase, pgMend]);
    }
    const measured: Measured[] = [];
    for (let run = 1; run <= RUNS; run++) {
      for (const [base, mend] of pairs) {
        for (const target of [base, mend]) {
          await emptyMoments(target);
          await seed(target);
          measured.push(await measure(target, run));
          console.error(`run ${run}: ${target.database} ${target.name} done (load average ${loadAverage()})`);
        }
      }
    }
    printTable(measured);

    console.log(`\n| database | Mend moment writes/s | baseline moment writes/s | Mend ÷ baseline (target ≥ ${WRITE_RATIO_TARGET * 100}%) | Mend p99 ms | errors |`);
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const [base, mend] of pairs) {
      const of = (target: Target) => measured.filter((m) => m.target === target);
      const mendWrites = median(of(mend).map((m) => m.perSecond.moment));
      const baseWrites = median(of(base).map((m) => m.perSecond.moment));
      const p99 = median(of(mend).map((m) => m.p99));
      const errors = [...of(mend), ...of(base)].reduce((sum, m) => sum + m.non2xx + m.timeouts + m.socketErrors, 0);
      const ratio = baseWrites > 0 ? mendWrites / baseWrites : null;
      const ratioText = ratio === null ? '—' : `${f(ratio * 100)}%`;
      console.log(`| ${mend.database} (${mend.processes} process${mend.processes > 1 ? 'es' : ''}) | ${f(mendWrites)} | ${f(baseWrites)} | ${ratioText} | ${p99} | ${errors} |`);
      if (errors > 0) failures.push(`${mend.database}: ${errors} requests failed`);
      if (ratio !== null) verdicts.push(`${mend.database}: moment writes ${ratioText} of the baseline's (target ≥ ${WRITE_RATIO_TARGET * 100}%): ${ratio >= WRITE_RATIO_TARGET ? 'met' : 'MISSED'}`);
      if (mend.database === 'SQLite') verdicts.push(`SQLite: p99 ${p99} ms (target < ${SQLITE_P99_TARGET_MS} ms): ${p99 < SQLITE_P99_TARGET_MS ? 'met' : 'MISSED'}`);
    }
    if (args.health) {
      console.log('\n| Mend GET /health (same connections) | req/s | p50 ms | p99 ms |\n|---|---:|---:|---:|');
      for (const [, mend] of pairs) {
        const health = await measureHealth(mend);
        console.log(`| ${mend.database} (${mend.processes}) | ${f(health.requestsPerSecond)} | ${health.p50} | ${health.p99} |`);
      }
    }
    console.log(`\nTargets:\n${verdicts.map((line) => `- ${line}`).join('\n')}`);
    console.error(`Load average ${loadAverage()} at the end.`);
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
    await rm(dir, { recursive: true, force: true });
  }
  reportOutcome(failures, 'no request failed.');
}

await main();
