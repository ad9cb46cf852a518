import type { Database as SqliteFile, Statement } from 'better-sqlite3';
import type { GroupCommitFile } from './sqlite-group-commit';

/** Enough for every query text Mend makes; lists of different lengths make a few more. */
const MOST_STATEMENTS = 500;

/**
 * Kysely's SQLite driver prepares every query afresh, and preparing was about a seventh of the time
 * of logging a moment (bench/README.md, Load). A prepared better-sqlite3 statement can be run again
 * with new parameters, and Kysely runs each one to the end synchronously (Mend never streams), so
 * the same text reuses one statement. The least recently used go first past MOST_STATEMENTS.
 */
export function withStatementCache(file: SqliteFile, most = MOST_STATEMENTS): GroupCommitFile {
  const statements = new Map<string, Statement>();
  return {
    get inTransaction() {
      return file.inTransaction;
    },
    close: () => {
      statements.clear();
      file.close();
    },
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = file.prepare(sql);
        if (statements.size >= most) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
