import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database';
import { GroupCommitSqliteDialect } from './sqlite-group-commit';
import { withNamedStatements } from './postgres-named-statements';
import { SkillFilingsCache } from './skill-filings-cache';
import { withStatementCache } from './sqlite-statement-cache';
import { countDataKeys } from './data-keys-store';
import { prepareEncryptionAtRest } from './encryption-at-rest';
import { Keyring } from './keyring';
import { migrateToLatest } from './migrate';
import { resolveServerKey, type ServerKeySource } from './server-key';

export interface Storage {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /** Names the server key in use (never the key itself). */
  serverKeyId: string;
  /** Set when this start made <dataDir>/server.key: the caller tells the operator to keep it safe. */
  createdKeyFile?: string;
  /**
   * Settles once the writes being committed together (SQLite's group commit) are on the disk, or
   * have failed; at once on PostgreSQL, where each statement commits by itself.
   */
  writesSettled(): Promise<void>;
  /** How many group commits have failed since the storage opened (always 0 on PostgreSQL). */
  failedCommits(): number;
  /** How people filed their skills, as this process last read it (services/skills.ts: filingsOf). */
  skillFilings: SkillFilingsCache;
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'mend.sqlite';

export type StorageConfig = ServerKeySource & { databaseUrl?: string };

/**
 * Opens the database, brings its schema up to date and makes it ready for encryption at rest.
 * SQLite in <dataDir>/mend.sqlite unless a PostgreSQL URL is given (several server processes can
 * then share it; they must then share one server key too).
 */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  const opened = config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.dataDir);
  try {
    await migrateToLatest(opened.db);
    const { serverKey, createdFile } = resolveServerKey(config, (await countDataKeys(opened.db)) > 0);
    const db = opened.db.withPlugin(new Keyring(serverKey));
    const sealed = await db.transaction().execute((trx) => prepareEncryptionAtRest(trx, new Date()));
    // The plaintext those rows held would linger in SQLite's free pages and the WAL: rewrite both.
    if (sealed > 0 && opened.dialect === 'sqlite') await compactSqlite(db);
    const { groups } = opened;
    return {
      db,
      dialect: opened.dialect,
      serverKeyId: serverKey.id,
      ...(createdFile ? { createdKeyFile: createdFile } : {}),
      writesSettled: () => groups?.settled() ?? Promise.resolve(),
      failedCommits: () => groups?.failedCommits() ?? 0,
      skillFilings: new SkillFilingsCache(),
      close: () => db.destroy(),
    };
  } catch (error) {
    await opened.db.destroy();
    throw error;
  }
}

interface OpenedDatabase {
  db: Kysely<Database>;
  dialect: Storage['dialect'];
  /** SQLite's group commit (decision 010). */
  groups?: { settled(): Promise<void>; failedCommits(): number };
}

function openSqlite(dataDir: string): OpenedDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = new SqliteDatabase(path.join(dataDir, SQLITE_FILE_NAME));
  // WAL lets readers carry on while one writer writes; foreign keys are off by default in SQLite.
  file.pragma('journal_mode = WAL');
  // In WAL mode SQLite (as better-sqlite3 builds it) would default to NORMAL, where the last
  // commits before a power cut can be lost after they were answered. FULL syncs the log on every
  // commit: a moment acknowledged in a crisis is on the disk (decision 009, hazard 9).
  file.pragma('synchronous = FULL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  const dialect = new GroupCommitSqliteDialect(withStatementCache(file));
  return { db: new Kysely<Database>({ dialect }), dialect: 'sqlite', groups: dialect.driver };
}

function openPostgres(connectionString: string): OpenedDatabase {
  const pool = new pg.Pool({ connectionString, max: 10 });
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) }), dialect: 'postgres' };
}

async function compactSqlite(db: Kysely<Database>): Promise<void> {
  await sql`vacuum`.execute(db);
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
}

/** A cheap round trip, so /health says something true about the database. */
export async function pingStorage(storage: Storage): Promise<void> {
  await sql`select 1`.execute(storage.db);
}
