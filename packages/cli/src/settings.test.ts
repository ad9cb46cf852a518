import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDataLocation, serverConfig } from './settings';
import { testIo } from './test-io';

describe('describeDataLocation', () => {
  it('names the SQLite file', () => {
    expect(describeDataLocation({ dataDir: '/srv/mend' })).toBe(path.join('/srv/mend', 'mend.sqlite'));
  });

  it('never shows the PostgreSQL password', () => {
    const shown = describeDataLocation({ dataDir: '/x', databaseUrl: 'postgres://mend:s3cret@db:5432/mend?password=s3cret' });
    expect(shown).toContain('PostgreSQL');
    expect(shown).toContain('db:5432');
    expect(shown).not.toContain('s3cret');
    expect(describeDataLocation({ dataDir: '/x', databaseUrl: 'not a url s3cret' })).toBe('PostgreSQL');
  });
});

describe('serverConfig', () => {
  it('lets the options win over the environment', () => {
    const io = testIo({ env: { MEND_DATA_DIR: '/from/env', DATABASE_URL: 'postgres://env' } });
    expect(serverConfig(io, {})).toMatchObject({ dataDir: '/from/env', databaseUrl: 'postgres://env' });
    expect(serverConfig(io, { dataDir: 'here', databaseUrl: 'postgres://option' })).toMatchObject({
      dataDir: path.resolve('here'),
      databaseUrl: 'postgres://option',
    });
  });
});

describe('environment problems', () => {
  it('are shown as sentences', () => {
    expect(() => serverConfig(testIo({ env: { PORT: 'eighty' } }), {})).toThrow(/PORT must be a whole number/);
  });
});
