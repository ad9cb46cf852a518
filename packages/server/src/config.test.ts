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
      MEND_KEY_FILE: '/etc/mend/server.key',
      MEND_IDLE_SIGN_OUT_MINUTES: '60',
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
      keyFile: '/etc/mend/server.key',
      idleSignOutMinutes: 60,
    });
  });

  it('takes the server key itself from MEND_SERVER_KEY, checked at once', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(configFromEnv({ MEND_SERVER_KEY: ` ${key}\n` }).serverKey).toBe(key);
    expect(() => configFromEnv({ MEND_SERVER_KEY: 'hunter2' })).toThrow(/MEND_SERVER_KEY must hold 32 random bytes as base64/);
    expect(() => configFromEnv({ MEND_SERVER_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/MEND_SERVER_KEY/);
  });

  it('refuses two places for the server key', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(() => configFromEnv({ MEND_SERVER_KEY: key, MEND_KEY_FILE: '/etc/mend/server.key' })).toThrow(/MEND_KEY_FILE or MEND_SERVER_KEY, not both/);
  });

  it('refuses an idle sign-out that is not a number of minutes', () => {
    expect(() => configFromEnv({ MEND_IDLE_SIGN_OUT_MINUTES: 'hourly' })).toThrow(/MEND_IDLE_SIGN_OUT_MINUTES/);
    expect(() => configFromEnv({ MEND_IDLE_SIGN_OUT_MINUTES: '0' })).toThrow(/MEND_IDLE_SIGN_OUT_MINUTES/);
  });

  it('trusts a proxy only when told, and only in the forms Fastify understands', () => {
    expect(configFromEnv({}).trustProxy).toBeUndefined();
    expect(configFromEnv({ MEND_TRUST_PROXY: 'false' }).trustProxy).toBeUndefined();
    expect(configFromEnv({ MEND_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(configFromEnv({ MEND_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toBe('127.0.0.1, 10.0.0.0/8');
    expect(() => configFromEnv({ MEND_TRUST_PROXY: 'yes please' })).toThrow(/MEND_TRUST_PROXY/);
  });

  it('refuses a port that is not a port', () => {
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => configFromEnv({ PORT: '70000' })).toThrow(/PORT/);
  });
});
