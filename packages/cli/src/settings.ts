import path from 'node:path';
import { configFromEnv, findUserByName, openStorage, type ServerConfig, type Storage } from '@mend/server';
import type { Me } from '@mend/core';
import { CliError } from './cli-error';
import { println, type CliIo } from './io';

/** Options every command accepts; they win over MEND_DATA_DIR and DATABASE_URL. */
export interface GlobalOptions {
  dataDir?: string;
  databaseUrl?: string;
}

export function serverConfig(io: CliIo, options: GlobalOptions): ServerConfig {
  const config = readEnvironment(io.env);
  if (options.dataDir) config.dataDir = path.resolve(options.dataDir);
  if (options.databaseUrl) config.databaseUrl = options.databaseUrl;
  return config;
}

/** A mistyped PORT is a setting to fix, so it is shown as a sentence rather than a crash. */
function readEnvironment(env: NodeJS.ProcessEnv): ServerConfig {
  try {
    return configFromEnv(env);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** Opens the database for one command and always closes it, so the process can exit. */
export async function withStorage<T>(
  io: CliIo,
  options: GlobalOptions,
  work: (storage: Storage) => Promise<T>,
  config: ServerConfig = serverConfig(io, options),
): Promise<T> {
  const storage = await openStorage(config).catch((error: unknown) => {
    throw cannotOpen(config, error);
  });
  if (storage.createdKeyFile) println(io.stderr, keyFileCreatedNotice(storage.createdKeyFile));
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

/** Said once, when a fresh install makes its key: losing that file loses the data. */
export function keyFileCreatedNotice(file: string): string {
  return `Made a new server key in ${file}: free text is encrypted under it. Back it up apart from the database: a backup of the database cannot be read without it.`;
}

/**
 * Said with it when the key is in the data directory: then a stolen disk (or a copy of the whole
 * directory) carries the key with the database, and encryption at rest no longer helps there.
 */
export function keyFileBesideDataNotice(file: string, dataDir: string): string | null {
  const relative = path.relative(path.resolve(dataDir), path.resolve(file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return 'The key is next to the database, so a copy of the whole data directory (or the disk) holds both. To keep it apart, put it on another volume with MEND_KEY_FILE, or give it from a secret store with MEND_SERVER_KEY.';
}

/** An unreachable or unwritable database is the operator's to fix, not a bug: say where and why. */
export function cannotOpen(config: { dataDir: string; databaseUrl?: string }, error: unknown): CliError {
  const reason = error instanceof Error ? error.message : String(error);
  return new CliError(`Could not open the database (${describeDataLocation(config)}): ${reason}`);
}

export async function requireUser(storage: Storage, name: string): Promise<Me> {
  const user = await findUserByName(storage, name);
  if (!user) throw new CliError(`No account named "${name}". Create it with: mend user add ${name}`);
  return user;
}

/** Where the server key comes from, for people: never the key itself. */
export function serverKeyLocation(config: ServerConfig): string {
  if (config.serverKey) return 'MEND_SERVER_KEY';
  return config.keyFile ?? path.join(config.dataDir, 'server.key');
}

/** Where the data lives, for people: the SQLite file, or the PostgreSQL server without secrets. */
export function describeDataLocation(config: { dataDir: string; databaseUrl?: string }): string {
  if (!config.databaseUrl) return path.join(config.dataDir, 'mend.sqlite');
  try {
    const url = new URL(config.databaseUrl);
    url.password = '';
    url.search = '';
    return `PostgreSQL (${url.toString()})`;
  } catch {
    return 'PostgreSQL';
  }
}
