import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index';
import { SQLITE_FILE_NAME } from './open-storage';

/** Kysely's own table: one row per migration run on this database. */
const MIGRATION_TABLE = 'kysely_migration';

/** Something the operator can fix (no database there, a server running, a file that is not Mend's). */
export class BackupProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupProblem';
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  migrations: number;
}

export interface RestoreResult {
  file: string;
  /** Where the database that was there before now is; null when there was none. */
  keptAs: string | null;
  migrations: number;
}

/**
 * Copies the SQLite database with SQLite's online backup, safe while `mend serve` writes: the
 * copy is one consistent moment of the database. A read-only connection of its own; the copy is
 * written under a temporary name, checked, and only then renamed into place.
 */
export async function backupSqlite(dataDir: string, target: string): Promise<BackupResult> {
  const source = path.join(dataDir, SQLITE_FILE_NAME);
  if (!fs.existsSync(source)) throw new BackupProblem(`There is no Mend database at ${source}.`);
  const file = path.resolve(target);
  // Never over the live database (or anything else in the data directory), never over an earlier backup.
  if (path.dirname(file) === path.resolve(dataDir)) {
    throw new BackupProblem(`Write the backup outside the data directory (${path.resolve(dataDir)}), so it can never replace the database in use.`);
  }
  if (fs.existsSync(file)) throw new BackupProblem(`${file} already exists; choose a new file name, so no earlier backup is overwritten.`);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const database = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
    try {
      database.pragma('busy_timeout = 5000');
      await database.backup(temporary);
    } finally {
      database.close();
    }
    // One self-contained file: the copy carries the source's WAL setting, which would need -wal/-shm beside it.
    const copy = new SqliteDatabase(temporary, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const migrations = checkMendDatabase(temporary);
    fs.chmodSync(temporary, 0o600);
    fs.renameSync(temporary, file);
    return { file, bytes: fs.statSync(file).size, migrations };
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Puts a backup in place of the database in `dataDir`. Refuses while a server has the database
 * open (see `assertNotInUse`) and refuses a file that is damaged, not Mend's, or from a newer Mend.
 * The database that was there is kept beside it as mend.sqlite.before-restore-<timestamp>.
 */
export function restoreSqlite(dataDir: string, backupFile: string, now: Date): RestoreResult {
  const source = path.resolve(backupFile);
  if (!fs.existsSync(source)) throw new BackupProblem(`There is no file at ${source}.`);
  fs.mkdirSync(dataDir, { recursive: true });
  const target = path.join(dataDir, SQLITE_FILE_NAME);
  const temporary = `${target}.restore-${process.pid}.tmp`;
  try {
    // Checked as copied into the data directory, so what is checked is what goes in place.
    fs.copyFileSync(source, temporary);
    fs.chmodSync(temporary, 0o600);
    const migrations = checkMendDatabase(temporary);
    let keptAs: string | null = null;
    if (fs.existsSync(target)) {
      assertNotInUse(target);
      keptAs = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(target, keptAs);
    }
    // Left over from the database just moved aside: SQLite would read them as part of the new one.
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.renameSync(temporary, target);
    return { file: target, keptAs, migrations };
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * In WAL mode every open connection (a running server's included) holds a shared lock on the
 * database file for as long as it is open, so an exclusive lock is only granted when nobody else
 * has the file open. Taking it also folds the -wal file into the database, so the file moved
 * aside afterwards is complete on its own.
 */
function assertNotInUse(file: string): void {
  const database = new SqliteDatabase(file, { fileMustExist: true });
  try {
    database.pragma('busy_timeout = 0');
    database.pragma('locking_mode = EXCLUSIVE');
    try {
      database.exec('BEGIN EXCLUSIVE');
      database.exec('COMMIT');
    } catch {
      throw new BackupProblem(
        `A Mend server seems to be using ${file} right now. Stop it (mend serve), then restore again; nothing was changed.`,
      );
    }
    database.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    database.close();
  }
}

/** Integrity, Mend's migration table, and no migration this Mend does not know. Returns how many ran. */
export function checkMendDatabase(file: string): number {
  let database: SqliteDatabase.Database;
  try {
    database = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupProblem(`${file} cannot be opened as a SQLite database: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    let integrity: string[];
    try {
      integrity = (database.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    } catch (error) {
      throw new BackupProblem(`${file} is not a SQLite database (${error instanceof Error ? error.message : String(error)}).`);
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw new BackupProblem(`${file} is damaged: PRAGMA integrity_check says ${integrity.slice(0, 3).join('; ')}.`);
    }
    const hasTable = database.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(MIGRATION_TABLE);
    if (!hasTable) throw new BackupProblem(`${file} is a SQLite database, but not Mend's: it has no ${MIGRATION_TABLE} table.`);
    const names = database.prepare(`select name from ${MIGRATION_TABLE} order by name`).pluck().all() as string[];
    const unknown = names.filter((name) => !(name in MIGRATIONS));
    if (unknown.length > 0) {
      throw new BackupProblem(`${file} comes from a newer Mend (it has migration ${unknown.join(', ')}). Update Mend first, then restore it.`);
    }
    if (names.length === 0) throw new BackupProblem(`${file} has Mend's migration table but no migrations in it.`);
    return names.length;
  } finally {
    database.close();
  }
}
