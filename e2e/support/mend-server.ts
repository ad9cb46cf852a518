import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface RunningMend {
  url: string;
  dataDir: string;
  /** Stops the server process only: the port and the data dir (accounts, sessions) stay for `restart()`. */
  stopProcess(): Promise<void>;
  /** Starts `mend serve` again on the same port and data dir (after `stopProcess()`, or stops it first). */
  restart(): Promise<void>;
  /** Stops the server process and removes the data dir. */
  stop(): Promise<void>;
  /** Kills the server process with SIGKILL (no shutdown at all, like a power cut for the process); `restart()` brings it back. */
  crash(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Spawns `mend serve` and waits until it answers /api/v1/health. */
async function spawnMend(port: number, dataDir: string, env: Record<string, string>): Promise<ChildProcess> {
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'packages/cli/src/main.ts', 'serve', '--port', String(port), '--host', 'localhost'],
    {
      cwd: repoRoot,
      env: { ...process.env, MEND_DATA_DIR: dataDir, MEND_RATE_LIMIT: 'false', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`mend serve exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`mend serve did not answer within 30 s:\n${output}`);
    }
    await new Promise((wait) => setTimeout(wait, 150));
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Starts the real `mend serve` (the same command `npm start` runs) on a fresh data dir. */
export async function startMend(env: Record<string, string> = {}): Promise<RunningMend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mend-e2e-'));
  const port = await freePort();
  let child: ChildProcess | undefined = await spawnMend(port, dataDir, env);

  return {
    url: `http://localhost:${port}`,
    dataDir,
    async stopProcess() {
      if (child) await stopChild(child);
      child = undefined;
    },
    async restart() {
      if (child) await stopChild(child);
      child = undefined;
      child = await spawnMend(port, dataDir, env);
    },
    async stop() {
      if (child) await stopChild(child);
      child = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
    async crash() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child?.once('exit', done));
      child.kill('SIGKILL');
      await exited;
      child = undefined;
    },
  };
}
