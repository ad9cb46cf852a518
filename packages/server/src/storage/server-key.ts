import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The key that wraps every person's data key. Kept outside the database, so a copy of the database alone reads as noise. */
export interface ServerKey {
  key: Buffer;
  /** Names the key without revealing it: stored beside every data key it wraps. */
  id: string;
}

/** Where the server key comes from; at most one of the two is set, checked by configFromEnv. */
export interface ServerKeySource {
  dataDir: string;
  /** MEND_KEY_FILE: a file holding the key as base64. */
  keyFile?: string;
  /** MEND_SERVER_KEY: the key itself, base64. */
  serverKey?: string;
}

export const SERVER_KEY_BYTES = 32;
export const DEFAULT_KEY_FILE_NAME = 'server.key';

/** A key that is missing, malformed or not the one the data was written with: the operator's to fix. */
export class KeyProblem extends Error {
  override name = 'KeyProblem';
}

/** 32 random bytes as base64, the form every key file and MEND_SERVER_KEY holds. */
export function generateServerKeyText(): string {
  return randomBytes(SERVER_KEY_BYTES).toString('base64');
}

/** `source` names where the text came from, so the error says what to fix. */
export function parseServerKey(text: string, source: string): ServerKey {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  // Buffer.from ignores what is not base64, so a round trip is the only honest check.
  if (key.length !== SERVER_KEY_BYTES || key.toString('base64') !== trimmed) {
    throw new KeyProblem(`${source} must hold ${SERVER_KEY_BYTES} random bytes as base64 (44 characters, e.g. from "mend keys generate <file>" or "openssl rand -base64 32")`);
  }
  return { key, id: serverKeyId(key) };
}

/** First 16 hex characters of the key's SHA-256: enough to tell keys apart, useless for guessing one. */
export function serverKeyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function readServerKeyFile(file: string, source = `The key file ${file}`): ServerKey {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KeyProblem(code === 'ENOENT' ? `${source} does not exist` : `${source} cannot be read (${code ?? String(error)})`);
  }
  return parseServerKey(text, source);
}

/** Writes a new key readable by this user only; never over an existing file, which may be the only copy of a key. */
export function writeNewServerKeyFile(file: string): ServerKey {
  const text = generateServerKeyText();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `${text}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new KeyProblem(`${file} already exists: a key file is never overwritten`);
    throw error;
  }
  return parseServerKey(text, file);
}

export function defaultKeyFile(dataDir: string): string {
  return path.join(dataDir, DEFAULT_KEY_FILE_NAME);
}

/**
 * The configured key, or <dataDir>/server.key, made on first start so a fresh install needs no
 * setup. A missing default file is only made while no data key exists yet: otherwise the data was
 * written under a key that has gone missing, and a new one would hide that.
 */
export function resolveServerKey(source: ServerKeySource, hasDataKeys: boolean): { serverKey: ServerKey; createdFile?: string } {
  if (source.serverKey !== undefined) return { serverKey: parseServerKey(source.serverKey, 'MEND_SERVER_KEY') };
  if (source.keyFile !== undefined) return { serverKey: readServerKeyFile(source.keyFile, `MEND_KEY_FILE (${source.keyFile})`) };
  const file = defaultKeyFile(source.dataDir);
  if (fs.existsSync(file)) return { serverKey: readServerKeyFile(file) };
  if (hasDataKeys) {
    throw new KeyProblem(
      `The server key is missing: this database's data is encrypted, but there is no ${file} and neither MEND_KEY_FILE nor MEND_SERVER_KEY is set. Put the key file back (from where you keep it apart from backups).`,
    );
  }
  return { serverKey: writeNewServerKeyFile(file), createdFile: file };
}
