import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ExportDocumentSchema, type ExportDocument } from '@mend/core';
import { findUserByName, listPersonalTokens, openStorage } from '@mend/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from './run';
import { keyFileBesideDataNotice } from './settings';
import { testIo } from './test-io';

const PASSWORD = 'correct horse battery';
let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mend-cli-'));
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

/** Runs `mend <args> --data-dir <temp>` in-process. */
async function mend(args: string[], options: Parameters<typeof testIo>[0] = {}) {
  const io = testIo({ ...options, env: { LOG_LEVEL: 'silent', ...options.env } });
  const code = await run([...args, '--data-dir', dataDir], io);
  return { code, out: io.out(), err: io.err() };
}

const withPassword = { env: { MEND_PASSWORD: PASSWORD } };
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe('mend user add', () => {
  it('makes the first account the owner and the next ones persons', async () => {
    const first = await mend(['user', 'add', 'ana'], withPassword);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('Created account "ana" (role: owner');
    const second = await mend(['user', 'add', 'ben', '--password-stdin'], { stdin: `${PASSWORD}\nignored\n` });
    expect(second.out).toContain('Created account "ben" (role: person)');
  });

  it('asks twice at a terminal and refuses two different passwords', async () => {
    const result = await mend(['user', 'add', 'ana'], { interactive: true, typed: [PASSWORD, 'something else'] });
    expect(result.code).toBe(1);
    expect(result.err).toContain('not the same');
    const ok = await mend(['user', 'add', 'ana'], { interactive: true, typed: [PASSWORD, PASSWORD] });
    expect(ok.code).toBe(0);
  });

  it('explains where a password can come from when none is given', async () => {
    const result = await mend(['user', 'add', 'ana']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('--password-stdin');
  });

  it('names the field when the password is too short or the name is taken', async () => {
    const short = await mend(['user', 'add', 'ana'], { env: { MEND_PASSWORD: 'short' } });
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/password: must be at least 8 characters/);
    noStackTrace(short.err);

    await mend(['user', 'add', 'ana'], withPassword);
    const taken = await mend(['user', 'add', 'ana'], withPassword);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('already taken');
    noStackTrace(taken.err);
  });
});

describe('the path from an account to a copy of it', () => {
  it('user add → token create → demo → export → import into another account gives the same moments', async () => {
    expect((await mend(['user', 'add', 'ana'], withPassword)).code).toBe(0);

    const token = await mend(['token', 'create', '--user', 'ana', '--name', 'scripts']);
    expect(token.code).toBe(0);
    expect(token.out.trim()).toMatch(/^\S+$/);
    expect(token.out.trim().length).toBeGreaterThan(20);
    expect(token.err).toContain('only this once');

    const demo = await mend(['demo', '--user', 'ana', '--days', '30', '--seed', '7']);
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/Added a demo history to ana: \d+ moments over 30 days/);
    expect(demo.out).toContain('--seed 7');

    const file = path.join(dataDir, 'ana.json');
    const exported = await mend(['export', '--user', 'ana', '--out', file]);
    expect(exported.code).toBe(0);
    const original: ExportDocument = ExportDocumentSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
    expect(original.moments.length).toBeGreaterThan(10);
    expect((await fs.stat(file)).mode & 0o077).toBe(0);

    await mend(['user', 'add', 'ben'], withPassword);
    const imported = await mend(['import', '--user', 'ben', file]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(`moments: ${original.moments.length} created, 0 updated, 0 unchanged`);

    const copy = await mend(['export', '--user', 'ben']);
    const copied = ExportDocumentSchema.parse(JSON.parse(copy.out));
    expect(copied.moments).toEqual(original.moments);
    expect(copied.account.name).toBe('ben');

    const again = await mend(['import', '--user', 'ben', file]);
    expect(again.out).toContain(`moments: 0 created, 0 updated, ${original.moments.length} unchanged`);
  });

  it('makes tokens that can read and write unless told otherwise, and checks --scope', async () => {
    await mend(['user', 'add', 'ana'], withPassword);
    const plain = await mend(['token', 'create', '--user', 'ana', '--name', 'plain']);
    expect(plain.err).toContain('with scopes: read, write');
    const exporter = await mend(['token', 'create', '--user', 'ana', '--name', 'backups', '--scope', 'export, read']);
    expect(exporter.code).toBe(0);
    expect(exporter.err).toContain('with scopes: read, export');

    for (const scope of ['admin', 'read,read', ',']) {
      const refused = await mend(['token', 'create', '--user', 'ana', '--name', 'bad', '--scope', scope]);
      expect(refused.code, scope).toBe(1);
      expect(refused.err).toMatch(/--scope .*read, write, export, import/);
      noStackTrace(refused.err);
    }
    const storage = await openStorage({ dataDir });
    try {
      const ana = await findUserByName(storage, 'ana');
      const tokens = await listPersonalTokens(storage, ana!.id);
      const scopes = Object.fromEntries(tokens.map((token) => [token.name, token.scopes]));
      expect(scopes).toEqual({ plain: ['read', 'write'], backups: ['read', 'export'] });
    } finally {
      await storage.close();
    }
  });

  it('gives the same demo history for the same seed', async () => {
    await mend(['user', 'add', 'ana'], withPassword);
    await mend(['demo', '--user', 'ana', '--days', '10', '--seed', '3']);
    const first = await mend(['export', '--user', 'ana']);
    const again = await mend(['demo', '--user', 'ana', '--days', '10', '--seed', '3']);
    expect(again.out).toMatch(/\(0 new, 0 replaced, \d+ already there\)/);
    expect((await mend(['export', '--user', 'ana'])).out).toBe(first.out);
  });

  it('creates the account for a demo only when asked to', async () => {
    const refused = await mend(['demo', '--user', 'cleo', '--days', '5']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('No account named "cleo"');
    expect(refused.err).toContain('--create');

    const created = await mend(['demo', '--user', 'cleo', '--days', '5', '--create', '--password-stdin'], { stdin: PASSWORD });
    expect(created.code).toBe(0);
    expect(created.out).toContain('Created account "cleo" (role: owner');
    expect(created.out).toContain('Added a demo history to cleo');
  });
});

describe('problems, in plain words', () => {
  beforeEach(async () => {
    await mend(['user', 'add', 'ana'], withPassword);
  });

  it('says when there is no such account', async () => {
    for (const args of [['export', '--user', 'nobody'], ['token', 'create', '--user', 'nobody']]) {
      const result = await mend(args);
      expect(result.code).toBe(1);
      expect(result.err).toContain('No account named "nobody"');
      noStackTrace(result.err);
    }
  });

  it('asks to update Mend for a file from a newer version', async () => {
    const file = path.join(dataDir, 'newer.json');
    await fs.writeFile(file, JSON.stringify({ format: 'mend-export', version: 99, moments: [] }));
    const result = await mend(['import', '--user', 'ana', file]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/newer version of Mend/);
    expect(result.err).toContain('version:');
    noStackTrace(result.err);
  });

  it('names the fields a broken file gets wrong', async () => {
    const document = {
      format: 'mend-export', version: 1, exportedAt: '2026-11-02T21:40:00Z', catalogueVersion: 1, account: { name: 'x' },
      customSkills: [], classifications: [],
      moments: [{ id: 'm1', occurredAt: 'yesterday', distressBefore: 11 }],
    };
    const file = path.join(dataDir, 'broken.json');
    await fs.writeFile(file, JSON.stringify(document));
    const result = await mend(['import', '--user', 'ana', file]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('moments.0.distressBefore');
    expect(result.err).toContain('moments.0.occurredAt');
    noStackTrace(result.err);
  });

  it('says when a file is missing or not JSON', async () => {
    const missing = await mend(['import', '--user', 'ana', path.join(dataDir, 'nope.json')]);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.err).toContain('There is no file');
    const file = path.join(dataDir, 'notes.txt');
    await fs.writeFile(file, 'dear diary');
    const garbled = await mend(['import', '--user', 'ana', file]);
    expect(garbled.code).toBe(1);
    expect(garbled.err).toContain('not valid JSON');
  });

  it('rejects a bad option value before touching anything', async () => {
    const result = await mend(['demo', '--user', 'ana', '--days', 'lots']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('must be a whole number');
  });
});

describe('mend', () => {
  it('shows help without arguments and fails on an unknown command', async () => {
    for (const argv of [[], ['--help']]) {
      const io = testIo();
      expect(await run(argv, io)).toBe(0);
      expect(io.out()).toContain('serve');
    }
    const unknown = await mend(['frobnicate']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('unknown command');
  });

  it('serve prints where it runs and where the data lives, and stops on a signal', async () => {
    const io = testIo({ env: { LOG_LEVEL: 'silent', MEND_RATE_LIMIT: 'false' } });
    const running = run(['serve', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir], io);
    await waitFor(() => io.out().includes('Mend is running at'));
    const url = /Mend is running at (\S+)/.exec(io.out())?.[1] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    expect(io.out()).toContain(path.join(dataDir, 'mend.sqlite'));
    // A fresh data directory gets its key made beside the database: say how to keep it apart.
    expect(io.out()).toContain(`Made a new server key in ${path.join(dataDir, 'server.key')}`);
    expect(io.out()).toMatch(/The key is next to the database.*MEND_KEY_FILE.*MEND_SERVER_KEY/);
    expect(keyFileBesideDataNotice(path.join(os.tmpdir(), 'elsewhere', 'server.key'), dataDir)).toBeNull();
    const health = await fetch(new URL('/api/v1/health', url));
    expect(health.status).toBe(200);
    io.shutdown('SIGTERM');
    expect(await running).toBe(0);
    expect(io.err()).toContain('stopped');
  });
});

describe('mend serve problems', () => {
  it('says when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = await mend(['serve', '--host', '127.0.0.1', '--port', String(port)]);
      expect(result.code).toBe(1);
      expect(result.err).toContain(`Port ${port} is already in use`);
      noStackTrace(result.err);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
