import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerConfig } from '../config';
import { startServer } from '../http/start-server';
import { createClock, type TestClock } from './test-clock';
import { TestClient } from './test-client';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from './test-postgres';

export interface TestServer {
  url: string;
  dataDir: string;
  clock: TestClock;
  config: ServerConfig;
  /** A new client with its own cookie jar: one "browser". */
  client(): TestClient;
  /** Stops and starts again on the same data directory (and the same database). */
  restart(): Promise<void>;
  /** Stops the server, drops the database it made, and removes its data dir (kept with keepDataDir: another server uses it). */
  close(options?: { keepDataDir?: boolean }): Promise<void>;
}

/**
 * The vitest project `postgres` sets MEND_TEST_STORAGE=postgres to run the same integration tests
 * again on PostgreSQL: then each test server gets a database of its own (see startTestServer).
 */
export const testStorage: 'sqlite' | 'postgres' = process.env.MEND_TEST_STORAGE === 'postgres' ? 'postgres' : 'sqlite';

export function testConfig(dataDir: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    webDist: path.join(dataDir, 'no-web-build'),
    openRegistration: false,
    secureCookies: false,
    logLevel: 'silent',
    rateLimit: false,
    ...overrides,
  };
}

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mend-server-test-'));
}

/**
 * The real server (real HTTP) on a free port in a fresh temp directory: on a real SQLite file
 * there, or, in the `postgres` project, on a fresh PostgreSQL database dropped on close. A test
 * that names its own `databaseUrl` keeps it (and drops it itself).
 */
export async function startTestServer(options: { config?: Partial<ServerConfig>; clock?: TestClock } = {}): Promise<TestServer> {
  const dataDir = options.config?.dataDir ?? makeDataDir();
  const clock = options.clock ?? createClock();
  const database = options.config?.databaseUrl === undefined ? await ownDatabase() : undefined;
  const config = testConfig(dataDir, { ...(database && { databaseUrl: database.url }), ...options.config });
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(config, { now: clock.now });
  } catch (error) {
    await database?.drop();
    throw error;
  }
  const server: TestServer = {
    get url() {
      return running.url;
    },
    dataDir,
    clock,
    config,
    client: () => new TestClient(running.url),
    restart: async () => {
      await running.close();
      running = await startServer(config, { now: clock.now });
    },
    close: async (options = {}) => {
      await running.close();
      await database?.drop();
      if (!options.keepDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

async function ownDatabase(): Promise<TestDatabase | undefined> {
  if (testStorage !== 'postgres') return undefined;
  if (!testPostgresUrl) {
    throw new Error('MEND_TEST_STORAGE=postgres needs MEND_TEST_DATABASE_URL: scripts/start-test-postgres.sh starts a server and prints one');
  }
  return createTestDatabase(testPostgresUrl, 'mend_http', await migratedTemplate());
}

/** The `postgres` project's migrated template (test-support/postgres-template.ts), when there is one. */
async function migratedTemplate(): Promise<string | undefined> {
  // Imported here, not at the top: bench scripts use this file outside vitest.
  const { inject } = await import('vitest');
  return inject('postgresTemplate');
}
