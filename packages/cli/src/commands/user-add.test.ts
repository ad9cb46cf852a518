import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findUserByName, openStorage } from '@mend/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../run';
import { testIo } from '../test-io';

const PASSWORD = 'correct horse battery';
let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mend-cli-role-'));
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function mend(args: string[]) {
  const io = testIo({ env: { LOG_LEVEL: 'silent', MEND_PASSWORD: PASSWORD } });
  const code = await run([...args, '--data-dir', dataDir], io);
  return { code, out: io.out(), err: io.err() };
}

async function roleOf(name: string): Promise<string | undefined> {
  const storage = await openStorage({ dataDir });
  try {
    return (await findUserByName(storage, name))?.role;
  } finally {
    await storage.close();
  }
}

describe('mend user add --role', () => {
  it('makes a therapist account once the owner exists', async () => {
    expect((await mend(['user', 'add', 'owner'])).code).toBe(0);
    const therapist = await mend(['user', 'add', 'dr-lee', '--role', 'therapist']);
    expect(therapist.code).toBe(0);
    expect(therapist.out).toContain('Created account "dr-lee" (role: therapist');
    expect(await roleOf('dr-lee')).toBe('therapist');
    expect((await mend(['user', 'add', 'sam', '--role', 'person'])).out).toContain('(role: person)');
  });

  it('refuses a therapist as the first account, and an unknown role', async () => {
    const first = await mend(['user', 'add', 'dr-first', '--role', 'therapist']);
    expect(first.code).toBe(1);
    expect(first.err).toContain('owner');
    const unknown = await mend(['user', 'add', 'someone', '--role', 'admin']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/person, therapist/);
  });
});
