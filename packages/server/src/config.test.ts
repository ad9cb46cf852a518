import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromEnv, DEFAULT_WEB_DIST } from './config';

describe('configFromEnv', () => {
  it('has safe defaults for a fresh clone', () => {
    const config = configFromEnv({});
    expect(config).toEqual({
      port: 4321,
      host: 'localhost',
      dataDir: path.resolve('./data'),
      webDist: DEFAULT_WEB_DIST,
      openRegistration: false,
      secureCookies: false,
      logLevel: 'info',
      rateLimit: true,
    });
    expect(DEFAULT_WEB_DIST.endsWith(path.join('packages', 'web', 'dist'))).toBe(true);
  });

  it('reads every variable', () => {
    const config = configFromEnv({
      PORT: '8080',
      MEND_HOST: '0.0.0.0',
      MEND_DATA_DIR: '/srv/mend',
      DATABASE_URL: 'postgres://mend@db/mend',
      MEND_WEB_DIST: '/srv/web',
      MEND_OPEN_REGISTRATION: 'true',
      MEND_SECURE_COOKIES: 'true',
      LOG_LEVEL: 'warn',
      MEND_RATE_LIMIT: 'false',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/mend',
      databaseUrl: 'postgres://mend@db/mend',
      webDist: '/srv/web',
      openRegistration: true,
      secureCookies: true,
      logLevel: 'warn',
      rateLimit: false,
    });
  });

  it('refuses a port that is not a port', () => {
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => configFromEnv({ PORT: '70000' })).toThrow(/PORT/);
  });
});
