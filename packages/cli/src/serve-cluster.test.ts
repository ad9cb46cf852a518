import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The real `mend serve --processes 2` as a child process on a temp SQLite data dir, and on a fresh
 * PostgreSQL database when MEND_TEST_DATABASE_URL is set. Every request below opens its own
 * connection (no keep-alive), so the cluster hands them out in turn; which process answered is
 * read from the processes' own CPU time in /proc, not from the API.
 */
const REPO = path.resolve(import.meta.dirname, '../../..');
const PASSWORD = 'a long cluster-test password';
const TIMEOUT = 60_000;

const POSTGRES = process.env.MEND_TEST_DATABASE_URL;

let child: ChildProcess | undefined;
let dataDir: string | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  await dropDatabase?.();
  dropDatabase = undefined;
});

const databases = [{ name: 'SQLite' }, ...(POSTGRES ? [{ name: 'PostgreSQL' }] : [])];

describe.skipIf(process.platform !== 'linux').each(databases)('mend serve --processes 2 on $name', ({ name }) => {
  it('answers from both processes with one session, replaces a killed one, and stops them all on SIGTERM', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-cluster-'));
    const databaseUrl = name === 'PostgreSQL' ? await freshDatabase(POSTGRES!) : undefined;
    const port = await freePort();
    const primary = spawn(
      process.execPath,
      [
        '--import', 'tsx', 'packages/cli/src/main.ts', 'serve', '--processes', '2', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir,
        ...(databaseUrl ? ['--database-url', databaseUrl] : []),
      ],
      { cwd: REPO, env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = primary;
    let out = '';
    let err = '';
    primary.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    primary.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const waitForOutput = (pattern: RegExp) =>
      waitFor(() => {
        const found = pattern.exec(out + err);
        if (!found && primary.exitCode !== null) throw new Error(`mend serve exited (${primary.exitCode}):\n${out}\n${err}`);
        return found;
      }, () => `no ${pattern} in:\n${out}\n${err}`);

    await waitForOutput(/Mend is running at/);
    expect(out).toContain(`Mend is running at http://127.0.0.1:${port} with 2 processes`);
    expect(out.match(/Mend is running/g)).toHaveLength(1);
    // The key was made once, by the primary, before the processes started.
    expect(out.match(/Made a new server key/g)).toHaveLength(1);
    const [first, second] = serverProcesses(primary.pid!);
    expect([first, second].every(Boolean)).toBe(true);

    const base = { port, host: '127.0.0.1' };
    expect((await request({ ...base, path: '/api/v1/auth/register', method: 'POST', body: { name: 'ana', password: PASSWORD } })).status).toBe(201);
    const signIn = await request({ ...base, path: '/api/v1/auth/login', method: 'POST', body: { name: 'ana', password: PASSWORD } });
    expect(signIn.status).toBe(200);
    const cookie = signIn.cookies.find((line) => line.startsWith('mend_session='))!.split(';')[0]!;
    const me = () => request({ ...base, path: '/api/v1/me', headers: { cookie } });

    // The one session works on every request, whichever process took it: both of them did work.
    const answeredBy = await cpuUsedDuring([first!, second!], async () => {
      for (let n = 0; n < 60; n++) expect((await me()).status).toBe(200);
    });
    for (const ticks of answeredBy) expect(ticks).toBeGreaterThanOrEqual(2);

    process.kill(first!, 'SIGKILL');
    await waitForOutput(new RegExp(`pid ${first}\\) was ended by SIGKILL unexpectedly; starting another`));
    // Meanwhile the other process answers alone.
    for (let n = 0; n < 10; n++) expect((await me()).status).toBe(200);
    const replaced = await waitForOutput(/Started a server process \(pid (\d+)\) in place/);
    const replacement = Number(replaced[1]);
    expect(serverProcesses(primary.pid!).sort()).toEqual([second!, replacement].sort());

    // The replacement did not exist when the session was made, and takes it all the same.
    const afterRestart = await cpuUsedDuring([second!, replacement], async () => {
      for (let n = 0; n < 60; n++) expect((await me()).status).toBe(200);
    });
    for (const ticks of afterRestart) expect(ticks).toBeGreaterThanOrEqual(2);

    primary.kill('SIGTERM');
    const [code] = (await once(primary, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(err).toContain('Mend has stopped.');
    for (const pid of [second!, replacement]) expect(isRunning(pid), `pid ${pid}`).toBe(false);
  }, TIMEOUT);
});

/** A database of its own on the test server, dropped after the test. */
async function freshDatabase(url: string): Promise<string> {
  const name = `mend_cluster_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

/** The primary's children that are server processes (tsx also starts an esbuild helper). */
function serverProcesses(primaryPid: number): number[] {
  const lines = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(primaryPid)], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes(' serve ')).map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** User + system CPU time (in clock ticks) each process spent while `work` ran. */
async function cpuUsedDuring(pids: number[], work: () => Promise<void>): Promise<number[]> {
  const before = pids.map(cpuTicks);
  await work();
  return pids.map((pid, index) => cpuTicks(pid) - before[index]!);
}

function cpuTicks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): state is the 3rd, utime the 14th, stime the 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Answer {
  status: number;
  cookies: string[];
}

/** One request on a connection of its own (agent: false), so the cluster picks a process for each. */
function request(options: { port: number; host: string; path: string; method?: string; headers?: Record<string, string>; body?: unknown }): Promise<Answer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const sent = http.request(
      {
        host: options.host,
        port: options.port,
        path: options.path,
        method: options.method ?? 'GET',
        agent: false,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, cookies: response.headers['set-cookie'] ?? [] }));
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

async function waitFor<T>(check: () => T | null | undefined, describe: () => string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = check();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(describe());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
