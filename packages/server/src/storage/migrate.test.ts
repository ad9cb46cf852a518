import { sql } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDataDir } from '../test-support/test-server';
import { migrateToLatest } from './migrate';
import { MIGRATIONS } from './migrations/index';
import { openStorage, SQLITE_FILE_NAME } from './open-storage';

const dirs: string[] = [];
const freshDir = () => {
  const dir = makeDataDir();
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('openStorage and migrations', () => {
  it('syncs the log on every commit (synchronous = FULL), so an answered write survives a power cut', async () => {
    const storage = await openStorage({ dataDir: freshDir() });
    try {
      const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(storage.db);
      expect(rows[0]?.synchronous).toBe(2);
    } finally {
      await storage.close();
    }
  });

  it('creates the data directory and a WAL-mode SQLite file with foreign keys on', async () => {
    const dataDir = path.join(freshDir(), 'nested', 'data');
    const storage = await openStorage({ dataDir });
    await storage.close();
    const file = new SqliteDatabase(path.join(dataDir, SQLITE_FILE_NAME));
    expect(file.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = file.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'users', 'sessions', 'personal_tokens', 'moments', 'custom_skills', 'skill_classifications', 'preferences', 'follow_up_skips',
        'safety_plan_versions', 'practices', 'healing_paths', 'healing_path_areas', 'calendar_feeds',
        'known_devices', 'sign_in_throttles', 'app_locks',
      ]),
    );
    const indexes = file.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'moments'").pluck().all();
    expect(indexes).toContain('moments_owner_occurred');
    expect(file.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'practices'").pluck().all()).toContain('practices_owner_started');
    file.close();
  });

  it('enforces foreign keys', async () => {
    const storage = await openStorage({ dataDir: freshDir() });
    try {
      const orphan = storage.db
        .insertInto('sessions')
        .values({ id: 's', token_hash: 'x', owner_id: 'nobody', device: 'd', created_at: 'now', last_seen_at: 'now', expires_at: 'later', locked_at: null })
        .execute();
      await expect(orphan).rejects.toThrow(/FOREIGN KEY/);
    } finally {
      await storage.close();
    }
  });

  it('runs each migration once', async () => {
    const dataDir = freshDir();
    const first = await openStorage({ dataDir });
    await first.close();
    const again = await openStorage({ dataDir });
    try {
      expect(await migrateToLatest(again.db)).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('is forward-only: no migration has a down step', () => {
    for (const [name, migration] of Object.entries(MIGRATIONS)) expect(migration.down, name).toBeUndefined();
    expect(Object.keys(MIGRATIONS)).toEqual([...Object.keys(MIGRATIONS)].sort());
  });

  it('refuses a database that ran a migration this Mend does not have', async () => {
    const dataDir = freshDir();
    await (await openStorage({ dataDir })).close();
    const file = new SqliteDatabase(path.join(dataDir, SQLITE_FILE_NAME));
    file.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('0099-from-a-newer-mend', new Date().toISOString());
    file.close();
    await expect(openStorage({ dataDir })).rejects.toThrow(/could not be migrated.*0099-from-a-newer-mend/);
  });

  it('refuses a history where a new migration sorts before one already run', async () => {
    const storage = await openStorage({ dataDir: freshDir() });
    try {
      const early = { '0000-sneaked-in': { up: async () => {} }, ...MIGRATIONS };
      await expect(migrateToLatest(storage.db, early)).rejects.toThrow(/could not be migrated/);
    } finally {
      await storage.close();
    }
  });
});
