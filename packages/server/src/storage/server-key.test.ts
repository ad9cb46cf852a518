import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDataDir } from '../test-support/test-server';
import { generateServerKeyText, parseServerKey, resolveServerKey, serverKeyId, writeNewServerKeyFile } from './server-key';

describe('server key', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeDataDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is 32 bytes of base64, named by the start of its SHA-256', () => {
    const text = generateServerKeyText();
    const key = parseServerKey(`${text}\n`, 'MEND_SERVER_KEY');
    expect(key.key).toHaveLength(32);
    expect(key.id).toMatch(/^[0-9a-f]{16}$/);
    expect(key.id).toBe(serverKeyId(Buffer.from(text, 'base64')));
    expect(() => parseServerKey('not a key', 'MEND_SERVER_KEY')).toThrow(/^MEND_SERVER_KEY must hold 32 random bytes/);
    expect(() => parseServerKey(`${text}!`, 'MEND_SERVER_KEY')).toThrow(/MEND_SERVER_KEY/);
  });

  it('makes <dataDir>/server.key, readable by its owner only, on a fresh install, then reads it back', () => {
    const first = resolveServerKey({ dataDir: dir }, false);
    const file = path.join(dir, 'server.key');
    expect(first.createdFile).toBe(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = resolveServerKey({ dataDir: dir }, true);
    expect(again.createdFile).toBeUndefined();
    expect(again.serverKey.id).toBe(first.serverKey.id);
  });

  it('never makes a new key over data written under a key that has gone missing', () => {
    expect(() => resolveServerKey({ dataDir: dir }, true)).toThrow(/The server key is missing/);
    expect(fs.existsSync(path.join(dir, 'server.key'))).toBe(false);
  });

  it('names MEND_KEY_FILE when its file is missing or malformed, and never overwrites a key file', () => {
    const file = path.join(dir, 'elsewhere.key');
    expect(() => resolveServerKey({ dataDir: dir, keyFile: file }, false)).toThrow(/^MEND_KEY_FILE \(.*elsewhere\.key\) does not exist/);
    fs.writeFileSync(file, 'short');
    expect(() => resolveServerKey({ dataDir: dir, keyFile: file }, false)).toThrow(/^MEND_KEY_FILE \(.*\) must hold 32 random bytes/);
    expect(() => writeNewServerKeyFile(file)).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('short');
  });
});
