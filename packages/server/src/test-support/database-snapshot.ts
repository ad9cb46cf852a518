import SqliteDatabase from 'better-sqlite3';
import path from 'node:path';
import { SQLITE_FILE_NAME } from '../storage/open-storage';

/** table → its rows as text, in a stable order. */
export type Snapshot = Map<string, string>;

/**
 * Reads a running server's SQLite file through a second, read-only connection, to show what a
 * request did or did not write. Every table is listed from sqlite_master, so a table added
 * later is watched without anyone listing it.
 */
export class DatabaseSnapshots {
  private readonly db: SqliteDatabase.Database;
  private readonly statements = new Map<string, SqliteDatabase.Statement>();

  constructor(dataDir: string) {
    this.db = new SqliteDatabase(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true, fileMustExist: true });
  }

  /** Every row of every table, or with `userId` only that person's rows (owner_id, user_id, or users.id). */
  take(userId?: string): Snapshot {
    const snapshot: Snapshot = new Map();
    for (const table of this.tables()) {
      const rows = userId === undefined ? this.statement(table, null).all() : this.personRows(table, userId);
      if (rows !== null) snapshot.set(table, JSON.stringify(rows));
    }
    return snapshot;
  }

  /**
   * SQLite's count of commits made by other connections (the server's): while it stands still
   * nothing was written, so a full snapshot is only needed when it moves.
   */
  version(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  close(): void {
    this.db.close();
  }

  private tables(): string[] {
    return this.db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
  }

  private personRows(table: string, userId: string): unknown[] | null {
    const columns = (this.db.prepare(`pragma table_info("${table}")`).all() as { name: string }[]).map((column) => column.name);
    const personColumn = table === 'users' ? 'id' : columns.find((name) => name === 'owner_id' || name === 'user_id');
    return personColumn ? this.statement(table, personColumn).all(userId) : null;
  }

  /** Ordered by every column, so equal contents always give equal text. */
  private statement(table: string, personColumn: string | null): SqliteDatabase.Statement {
    const key = `${table}|${personColumn ?? ''}`;
    let statement = this.statements.get(key);
    if (!statement) {
      const width = (this.db.prepare(`pragma table_info("${table}")`).all() as unknown[]).length;
      const order = Array.from({ length: width }, (_, index) => index + 1).join(', ');
      const where = personColumn ? ` where "${personColumn}" = ?` : '';
      statement = this.db.prepare(`select * from "${table}"${where} order by ${order}`);
      this.statements.set(key, statement);
    }
    return statement;
  }
}

/** Tables whose rows differ between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
