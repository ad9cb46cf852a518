import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database';
import { migrateToLatest } from './migrate';

export interface Storage {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'mend.sqlite';

/**
 * Opens the database and brings its schema up to date. SQLite in <dataDir>/mend.sqlite unless a
 * PostgreSQL URL is given (several server processes can then share it).
 */
export async function openStorage(config: { dataDir: string; databaseUrl?: string }): Promise<Storage> {
  const storage = config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.dataDir);
  try {
    await migrateToLatest(storage.db);
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}

function openSqlite(dataDir: string): Storage {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = new SqliteDatabase(path.join(dataDir, SQLITE_FILE_NAME));
  // WAL lets readers carry on while one writer writes; foreign keys are off by default in SQLite.
  file.pragma('journal_mode = WAL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openPostgres(connectionString: string): Storage {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** A cheap round trip, so /health says something true about the database. */
export async function pingStorage(storage: Storage): Promise<void> {
  await sql`select 1`.execute(storage.db);
}
