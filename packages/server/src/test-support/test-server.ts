import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerConfig } from '../config';
import { startServer } from '../http/start-server';
import { createClock, type TestClock } from './test-clock';
import { TestClient } from './test-client';

export interface TestServer {
  url: string;
  dataDir: string;
  clock: TestClock;
  config: ServerConfig;
  /** A new client with its own cookie jar: one "browser". */
  client(): TestClient;
  /** Stops and starts again on the same data directory. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

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

/** The real server (real SQLite file, real HTTP) on a free port in a fresh temp directory. */
export async function startTestServer(options: { config?: Partial<ServerConfig>; clock?: TestClock } = {}): Promise<TestServer> {
  const dataDir = options.config?.dataDir ?? makeDataDir();
  const clock = options.clock ?? createClock();
  const config = testConfig(dataDir, options.config);
  let running = await startServer(config, { now: clock.now });
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
    close: async () => {
      await running.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}
