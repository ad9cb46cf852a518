import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../run';
import { testIo } from '../test-io';

const PASSWORD = 'correct horse battery';
const BIN = fileURLToPath(new URL('../../bin/mend.js', import.meta.url));
let root: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'mend-backup-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function mend(args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = testIo({ env: { LOG_LEVEL: 'silent', MEND_PASSWORD: PASSWORD, ...env } });
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** `mend serve` as its own process, as an operator runs it. */
async function serveInChild(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir], {
    env: { ...process.env, LOG_LEVEL: 'silent', MEND_RATE_LIMIT: 'false', OPEN_REGISTRATION: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await waitFor(() => /Mend is running at \S+/.test(out) || child.exitCode !== null);
  const url = /Mend is running at (\S+)/.exec(out)?.[1];
  if (!url) throw new Error(`mend serve did not start: ${out}`);
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Signs in over HTTP and logs moments one after another until told to stop; counts the acknowledged ones. */
async function keepWriting(url: string, name: string) {
  const signIn = await fetch(new URL('/api/v1/auth/login', url), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password: PASSWORD }),
  });
  const cookie = /mend_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const state = { acknowledged: 0, stopped: false };
  const done = (async () => {
    while (!state.stopped) {
      const response = await fetch(new URL('/api/v1/moments', url), {
        method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ distressBefore: 5, note: 'written while backing up' }),
      });
      if (response.status !== 201) throw new Error(`write failed: ${response.status}`);
      state.acknowledged++;
    }
  })();
  return { state, done };
}

async function momentsIn(dataDir: string, name: string): Promise<number> {
  const result = await mend(['export', '--user', name, '--data-dir', dataDir]);
  expect(result.code, result.err).toBe(0);
  return (JSON.parse(result.out) as { moments: unknown[] }).moments.length;
}

describe('mend backup and mend restore', () => {
  it('backs up while mend serve is writing, refuses to restore under a running server, and restores into a fresh data dir', async () => {
    const dataDir = path.join(root, 'data');
    const backupFile = path.join(root, 'mend-backup.sqlite');
    expect((await mend(['user', 'add', 'ana', '--data-dir', dataDir])).code).toBe(0);
    const { url, child } = await serveInChild(dataDir);
    try {
      const writer = await keepWriting(url, 'ana');
      await waitFor(() => writer.state.acknowledged >= 20);
      const acknowledgedBefore = writer.state.acknowledged;
      const backup = await mend(['backup', backupFile, '--data-dir', dataDir]);
      await waitFor(() => writer.state.acknowledged >= acknowledgedBefore + 20);
      writer.state.stopped = true;
      await writer.done;

      expect(backup.code, backup.err).toBe(0);
      expect(backup.out).toContain(`it can only be read with the server key (${path.join(dataDir, 'server.key')})`);
      expect(backup.out).toMatch(new RegExp(`Backed up the database to ${backupFile.replace(/[.]/g, '\\.')} \\([\\d.]+ KB; integrity ok`));
      expect((await fs.stat(backupFile)).mode & 0o777).toBe(0o600);
      expect((await fs.readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

      const refused = await mend(['restore', backupFile, '--data-dir', dataDir]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('A Mend server seems to be using');
      expect((await fs.readdir(dataDir)).some((name) => name.includes('before-restore'))).toBe(false);

      const freshDir = path.join(root, 'fresh');
      const restored = await mend(['restore', backupFile, '--data-dir', freshDir]);
      expect(restored.code, restored.err).toBe(0);
      expect(restored.out).toContain('integrity ok');
      // Without the server key the restored copy cannot be read; with it, everything can.
      const withoutKey = await mend(['export', '--user', 'ana', '--data-dir', freshDir]);
      expect(withoutKey.code).toBe(1);
      expect(withoutKey.err).toContain('The server key is missing');
      await fs.copyFile(path.join(dataDir, 'server.key'), path.join(freshDir, 'server.key'));
      const copied = await momentsIn(freshDir, 'ana');
      expect(copied).toBeGreaterThanOrEqual(acknowledgedBefore);
      expect(copied).toBeLessThan(writer.state.acknowledged);
    } finally {
      await stop(child);
    }

    // With the server stopped, restoring over the live data keeps what was there.
    const before = await momentsIn(dataDir, 'ana');
    const over = await mend(['restore', backupFile, '--data-dir', dataDir]);
    expect(over.code, over.err).toBe(0);
    const kept = (await fs.readdir(dataDir)).filter((name) => name.startsWith('mend.sqlite.before-restore-'));
    expect(kept).toEqual(['mend.sqlite.before-restore-2026-11-02T21-40-00-000Z']);
    expect(over.out).toContain(kept[0]);
    expect(await momentsIn(dataDir, 'ana')).toBeLessThan(before);
    const keptDir = path.join(root, 'kept');
    await fs.mkdir(keptDir);
    await fs.copyFile(path.join(dataDir, kept[0]!), path.join(keptDir, 'mend.sqlite'));
    await fs.copyFile(path.join(dataDir, 'server.key'), path.join(keptDir, 'server.key'));
    expect(await momentsIn(keptDir, 'ana')).toBe(before);
  }, 60_000);

  it('refuses files that are not a Mend database, or come from a newer Mend', async () => {
    const notSqlite = path.join(root, 'notes.txt');
    await fs.writeFile(notSqlite, 'just some text, not a database at all');
    const text = await mend(['restore', notSqlite, '--data-dir', path.join(root, 'a')]);
    expect(text.code).toBe(1);
    expect(text.err).toMatch(/not a SQLite database|cannot be opened/);

    const dataDir = path.join(root, 'data');
    await mend(['user', 'add', 'ana', '--data-dir', dataDir]);
    const backupFile = path.join(root, 'b.sqlite');
    expect((await mend(['backup', backupFile, '--data-dir', dataDir])).code).toBe(0);
    const { default: SqliteDatabase } = await import('better-sqlite3');
    const newer = new SqliteDatabase(backupFile);
    newer.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999-from-the-future', '2030-01-01');
    newer.close();
    const refused = await mend(['restore', backupFile, '--data-dir', path.join(root, 'b')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('newer Mend');

    // Never over the database in use, nor over an earlier backup.
    const overLive = await mend(['backup', path.join(dataDir, 'mend.sqlite'), '--data-dir', dataDir]);
    expect(overLive.code).toBe(1);
    expect(overLive.err).toContain('outside the data directory');
    const overEarlier = await mend(['backup', backupFile, '--data-dir', dataDir]);
    expect(overEarlier.code).toBe(1);
    expect(overEarlier.err).toContain('already exists');

    const missing = await mend(['backup', path.join(root, 'x.sqlite'), '--data-dir', path.join(root, 'empty')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('There is no Mend database');
  });

  it('points to pg_dump and pg_restore on PostgreSQL', async () => {
    const env = { DATABASE_URL: 'postgres://mend@127.0.0.1:1/mend' };
    const backup = await mend(['backup', path.join(root, 'x'), '--data-dir', root], env);
    expect(backup.code).toBe(1);
    expect(backup.err).toContain('pg_dump');
    const restore = await mend(['restore', path.join(root, 'x'), '--data-dir', root], env);
    expect(restore.err).toContain('pg_restore');
  });
});
