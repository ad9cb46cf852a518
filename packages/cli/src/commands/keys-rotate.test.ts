import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../run';
import { testIo } from '../test-io';

const PASSWORD = 'correct horse battery';
let root: string;
let dataDir: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'mend-keys-'));
  dataDir = path.join(root, 'data');
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function mend(args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = testIo({ env: { LOG_LEVEL: 'silent', MEND_PASSWORD: PASSWORD, ...env } });
  const code = await run([...args, '--data-dir', dataDir], io);
  return { code, out: io.out(), err: io.err() };
}

/** A person's moments as the export shows them: readable only with the right key. */
async function momentsOf(name: string, env: NodeJS.ProcessEnv = {}) {
  const result = await mend(['export', '--user', name], env);
  return { ...result, moments: result.code === 0 ? (JSON.parse(result.out) as { moments: Array<{ note: string | null }> }).moments : [] };
}

describe('mend keys', () => {
  it('generates a key file readable by its owner only, and never overwrites one', async () => {
    const file = path.join(root, 'new.key');
    const made = await mend(['keys', 'generate', file]);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toMatch(/Wrote server key [0-9a-f]{16} to .*new\.key/);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect((await fs.readFile(file, 'utf8')).trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const before = await fs.readFile(file, 'utf8');
    const again = await mend(['keys', 'generate', file]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists: a key file is never overwritten');
    expect(await fs.readFile(file, 'utf8')).toBe(before);
  });

  it('rotates: every data key re-wrapped, the data untouched; the new key opens it, the old one is refused', async () => {
    const first = await mend(['user', 'add', 'ana']);
    expect(first.code, first.err).toBe(0);
    expect(first.err).toContain(`Made a new server key in ${path.join(dataDir, 'server.key')}`);
    expect((await mend(['user', 'add', 'ben'])).code).toBe(0);
    // Demo data goes through the same stores as everything else, notes and triggers included.
    const demo = await mend(['demo', '--user', 'ana', '--days', '14', '--seed', '7']);
    expect(demo.code, demo.err).toBe(0);
    const exportedBefore = await momentsOf('ana');
    expect(exportedBefore.moments.some((moment) => moment.note)).toBe(true);
    const storedBefore = await rawNote();

    const oldKey = path.join(dataDir, 'server.key');
    const newKey = path.join(root, 'keys', 'next.key');
    const rotated = await mend(['keys', 'rotate', '--new-key-file', newKey]);
    expect(rotated.code, rotated.err).toBe(0);
    expect(rotated.out).toContain(`Made a new server key in ${newKey}.`);
    expect(rotated.out).toMatch(/Re-wrapped 2 people's data keys: server key [0-9a-f]{16} → [0-9a-f]{16}\./);
    expect(await rawNote()).toBe(storedBefore);

    expect((await momentsOf('ana', { MEND_KEY_FILE: newKey })).moments).toEqual(exportedBefore.moments);
    const refused = await momentsOf('ana', { MEND_KEY_FILE: oldKey });
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/data keys are wrapped by server key [0-9a-f]{16} \(2 people\), but this server was given key/);

    // Back again, naming both keys: the same data keys, wrapped by the first key once more.
    const back = await mend(['keys', 'rotate', '--old-key-file', newKey, '--new-key-file', oldKey]);
    expect(back.code, back.err).toBe(0);
    expect(back.out).not.toContain('Made a new server key');
    expect((await momentsOf('ana')).moments).toEqual(exportedBefore.moments);
  });

  it('refuses a wrong old key and rotating to the key in use, changing nothing', async () => {
    expect((await mend(['user', 'add', 'ana'])).code).toBe(0);
    const stranger = path.join(root, 'stranger.key');
    expect((await mend(['keys', 'generate', stranger])).code).toBe(0);
    const wrong = await mend(['keys', 'rotate', '--old-key-file', stranger, '--new-key-file', path.join(root, 'next.key')]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Could not open the database');
    expect(wrong.err).toMatch(/wrapped by server key [0-9a-f]{16} \(1 person\)/);
    const same = await mend(['keys', 'rotate', '--new-key-file', path.join(dataDir, 'server.key')]);
    expect(same.code).toBe(1);
    expect(same.err).toContain('The new key is the key already in use');
    expect((await momentsOf('ana')).code).toBe(0);
  });
});

/** The note's stored bytes, read around Mend: rotation must leave them exactly as they were. */
async function rawNote(): Promise<string> {
  const { default: Database } = await import('better-sqlite3');
  const file = new Database(path.join(dataDir, 'mend.sqlite'), { readonly: true });
  try {
    const row = file.prepare("select note from moments where note is not null order by id limit 1").get() as { note: string };
    expect(row.note.startsWith('enc:v1:')).toBe(true);
    return row.note;
  } finally {
    file.close();
  }
}
