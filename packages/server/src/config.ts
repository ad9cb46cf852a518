import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseServerKey } from './storage/server-key';

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
  /** MEND_IDLE_SIGN_OUT_MINUTES: sign out sessions unused this long, whatever a person chose (they may choose shorter). */
  idleSignOutMinutes?: number;
  /** MEND_KEY_FILE: the server key's file. Without it or serverKey, <dataDir>/server.key (made on first start). */
  keyFile?: string;
  /** MEND_SERVER_KEY: the server key itself, base64 (checked here, so a typo stops the start). */
  serverKey?: string;
  /**
   * MEND_TRUST_PROXY: who may say the client's address in X-Forwarded-For (the sign-in limits per
   * address count it): `true` (any) or the proxies' addresses/CIDRs ("127.0.0.1,10.0.0.0/8").
   * Unset: nobody; behind a proxy every client would then share the proxy's address.
   */
  trustProxy?: boolean | string;
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
  const idleSignOutMinutes = parseIdleSignOut(env.MEND_IDLE_SIGN_OUT_MINUTES);
  if (idleSignOutMinutes !== undefined) config.idleSignOutMinutes = idleSignOutMinutes;
  Object.assign(config, serverKeySettings(env));
  const trustProxy = parseTrustProxy(env.MEND_TRUST_PROXY);
  if (trustProxy !== undefined) config.trustProxy = trustProxy;
  return config;
}

/** One place for the key: two that disagree would leave it unclear which one the data needs. */
function serverKeySettings(env: NodeJS.ProcessEnv): Pick<ServerConfig, 'keyFile' | 'serverKey'> {
  const keyFile = nonEmpty(env.MEND_KEY_FILE);
  const serverKey = nonEmpty(env.MEND_SERVER_KEY);
  if (keyFile && serverKey) throw new Error('Set MEND_KEY_FILE or MEND_SERVER_KEY, not both: the server key must come from one place');
  if (serverKey) {
    parseServerKey(serverKey, 'MEND_SERVER_KEY');
    return { serverKey };
  }
  return keyFile ? { keyFile: path.resolve(keyFile) } : {};
}

function parseTrustProxy(raw: string | undefined): boolean | string | undefined {
  const value = nonEmpty(raw);
  if (value === undefined || value === 'false') return undefined;
  if (value === 'true') return true;
  if (!/^[0-9a-fA-F.:/,\s]+$/.test(value)) {
    throw new Error(`MEND_TRUST_PROXY must be true or the proxies' addresses, like "127.0.0.1,10.0.0.0/8", not "${value}"`);
  }
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Up to a week: longer would be no limit a reviewer could tell from none. */
function parseIdleSignOut(raw: string | undefined): number | undefined {
  const value = nonEmpty(raw);
  if (value === undefined) return undefined;
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 10_080) {
    throw new Error(`MEND_IDLE_SIGN_OUT_MINUTES must be a whole number of minutes from 1 to 10080, not "${value}"`);
  }
  return minutes;
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
