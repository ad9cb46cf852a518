import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  webDist?: string;
  openRegistration: boolean;
  secureCookies: boolean;
  logLevel: string;
  rateLimit: boolean;
}

export const DEFAULT_PORT = 4321;

/** packages/web/dist, found from this file so it works from any working directory. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Reads the environment. Binding to every interface (0.0.0.0) is a choice the operator makes
 * explicitly with MEND_HOST; by default a fresh install only listens on this machine.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const config: ServerConfig = {
    port: parsePort(env.PORT),
    host: nonEmpty(env.MEND_HOST) ?? 'localhost',
    dataDir: path.resolve(nonEmpty(env.MEND_DATA_DIR) ?? './data'),
    webDist: path.resolve(nonEmpty(env.MEND_WEB_DIST) ?? DEFAULT_WEB_DIST),
    openRegistration: env.MEND_OPEN_REGISTRATION === 'true',
    secureCookies: env.MEND_SECURE_COOKIES === 'true',
    logLevel: nonEmpty(env.LOG_LEVEL) ?? 'info',
    rateLimit: env.MEND_RATE_LIMIT !== 'false',
  };
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl) config.databaseUrl = databaseUrl;
  return config;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(raw: string | undefined): number {
  const value = nonEmpty(raw);
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}
