import {
  CompiledQuery, DeleteQueryNode, InsertQueryNode, SelectQueryNode, SqliteDialect, UpdateQueryNode,
  type DatabaseConnection, type Driver, type QueryResult, type SqliteDatabase,
} from 'kysely';

/** A group is committed at once past this many writes, so one burst cannot hold answers back for long. */
const MOST_WRITES_PER_GROUP = 256;

/** What the driver needs of better-sqlite3's Database: prepared statements, and whether a transaction is open. */
export interface GroupCommitFile extends SqliteDatabase {
  readonly inTransaction: boolean;
}

interface Waiting {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit for SQLite (decision 010). Every commit syncs the log to disk (decision 009), and
 * a sync costs far more than the statement it makes durable. So the single writes of requests in
 * flight at the same moment (an INSERT, UPDATE or DELETE outside an explicit transaction) run at
 * once, one after another, inside one open transaction, and that transaction is committed, with
 * one sync, when Node's event loop next reaches its check phase (setImmediate): after the
 * requests whose data had arrived have all been run up to their next wait.
 *
 * What each caller sees is what it saw before:
 * - a write's promise settles only after the commit that made it durable, so nothing is answered
 *   before it is on the disk; if that commit fails, every write in the group fails with it, and
 *   none of them was answered;
 * - a write that fails (a constraint, a bad value) fails alone: SQLite undoes the one statement
 *   and the transaction stays open for the others. If SQLite had to give up the whole transaction,
 *   every write in it fails;
 * - a read runs at once and sees the group's writes, as it would have seen them a moment later;
 *   `settled()` and `failedCommits()` let the HTTP layer hold an answer back until the group it may
 *   have read from is committed, and refuse it if that commit failed;
 * - an explicit transaction (Kysely's `transaction()`) first commits the open group, then runs alone:
 *   statements from elsewhere wait until it ends, as they did with Kysely's own driver;
 * - anything else (raw SQL, schema changes, pragmas, VACUUM) commits the group first and then runs
 *   by itself, as before.
 */
export class GroupCommitDriver implements Driver {
  readonly #file: GroupCommitFile;
  #group: Waiting[] | null = null;
  /** The handle whose explicit transaction is running, and how others wait for its end. */
  #owner: object | null = null;
  #ownerDone: Promise<void> = Promise.resolve();
  #endOwner: () => void = () => {};
  /** Explicit transactions queue here, one at a time. */
  #transactions: Promise<void> = Promise.resolve();
  #failedCommits = 0;
  #settledWaiters: Array<() => void> = [];

  constructor(file: GroupCommitFile) {
    this.#file = file;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    // No lock here: a handle is cheap, and only explicit transactions need the connection alone.
    const handle: DatabaseConnection = {
      executeQuery: <R>(query: CompiledQuery) => this.#execute<R>(handle, query),
      // eslint-disable-next-line require-yield
      streamQuery: async function* () {
        throw new Error('Mend does not stream SQLite queries');
      },
    };
    return handle;
  }

  async beginTransaction(handle: DatabaseConnection): Promise<void> {
    const previous = this.#transactions;
    let release!: () => void;
    this.#transactions = new Promise((resolve) => (release = resolve));
    await previous;
    // Another caller's statement may be waiting for an earlier transaction to end: it goes on
    // only once this one has ended too, since it checks the owner again after each wait.
    this.commitGroup();
    this.#owner = handle;
    this.#ownerDone = new Promise((resolve) => {
      this.#endOwner = () => {
        this.#owner = null;
        resolve();
        release();
      };
    });
    try {
      this.#run(CompiledQuery.raw('begin'));
    } catch (error) {
      this.#endOwner();
      throw error;
    }
  }

  async commitTransaction(handle: DatabaseConnection): Promise<void> {
    try {
      this.#run(CompiledQuery.raw('commit'));
    } catch (error) {
      // A failed COMMIT leaves the transaction open: undo it while it is still this handle's.
      try {
        this.#rollbackIfOpen();
      } finally {
        this.#endTransaction(handle);
      }
      throw error;
    }
    this.#endTransaction(handle);
  }

  async rollbackTransaction(handle: DatabaseConnection): Promise<void> {
    // Kysely rolls back after a failed commit too; by then the transaction is undone and over.
    if (this.#owner !== handle) return;
    try {
      this.#rollbackIfOpen();
    } finally {
      this.#endTransaction(handle);
    }
  }

  /** A failed COMMIT, or a failed statement SQLite did not undo by itself, can leave the transaction open. */
  #rollbackIfOpen(): void {
    if (this.#file.inTransaction) this.#run(CompiledQuery.raw('rollback'));
  }

  /** Ends `handle`'s transaction, once: never one that began after it. */
  #endTransaction(handle: DatabaseConnection): void {
    if (this.#owner === handle) this.#endOwner();
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    this.commitGroup();
    this.#file.close();
  }

  /** How many group commits have failed since start: an answer that read during one must not be sent. */
  failedCommits(): number {
    return this.#failedCommits;
  }

  /** Settles once no group is open: at once when none is, else after the open one is committed or failed. */
  settled(): Promise<void> {
    if (!this.#group) return Promise.resolve();
    return new Promise((resolve) => this.#settledWaiters.push(resolve));
  }

  /** Commits the open group now, if there is one. */
  commitGroup(): void {
    const group = this.#group;
    if (!group) return;
    this.#group = null;
    try {
      this.#run(CompiledQuery.raw('commit'));
    } catch (error) {
      try {
        this.#rollbackIfOpen();
      } finally {
        // Whatever the rollback does, no write of the group may wait for ever.
        this.#failGroup(group, error);
      }
      return;
    }
    for (const waiting of group) waiting.resolve();
    this.#wakeSettled();
  }

  async #execute<R>(handle: DatabaseConnection, query: CompiledQuery): Promise<QueryResult<R>> {
    while (this.#owner && this.#owner !== handle) await this.#ownerDone;
    if (this.#owner === handle) return this.#run<R>(query);
    const node = query.query;
    if (SelectQueryNode.is(node)) return this.#guarded(() => this.#run<R>(query));
    if (!(InsertQueryNode.is(node) || UpdateQueryNode.is(node) || DeleteQueryNode.is(node))) {
      this.commitGroup();
      return this.#run<R>(query);
    }
    if (!this.#group) {
      this.#run(CompiledQuery.raw('begin'));
      this.#group = [];
      setImmediate(() => this.commitGroup());
    }
    const group = this.#group;
    const result = this.#guarded(() => this.#run<R>(query));
    const committed = new Promise<QueryResult<R>>((resolve, reject) => {
      group.push({ resolve: () => resolve(result), reject });
    });
    if (group.length >= MOST_WRITES_PER_GROUP) this.commitGroup();
    return committed;
  }

  /** Runs `work` inside the open group, if any; when SQLite gave the group's transaction up, the whole group fails. */
  #guarded<R>(work: () => QueryResult<R>): QueryResult<R> {
    try {
      return work();
    } catch (error) {
      const group = this.#group;
      if (group && !this.#file.inTransaction) {
        this.#group = null;
        this.#failGroup(group, error);
      }
      throw error;
    }
  }

  #failGroup(group: Waiting[], error: unknown): void {
    this.#failedCommits += 1;
    for (const waiting of group) waiting.reject(error);
    this.#wakeSettled();
  }

  #wakeSettled(): void {
    for (const wake of this.#settledWaiters.splice(0)) wake();
  }

  #run<R>(query: CompiledQuery): QueryResult<R> {
    const statement = this.#file.prepare(query.sql);
    if (statement.reader) return { rows: statement.all(query.parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(query.parameters);
    return {
      numAffectedRows: changes === undefined || changes === null ? undefined : BigInt(changes),
      insertId: lastInsertRowid === undefined || lastInsertRowid === null ? undefined : BigInt(lastInsertRowid),
      rows: [],
    };
  }
}

/** Kysely's SQLite dialect with the group-commit driver in place of its own. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly driver: GroupCommitDriver;

  constructor(file: GroupCommitFile) {
    super({ database: file });
    this.driver = new GroupCommitDriver(file);
  }

  override createDriver(): Driver {
    return this.driver;
  }
}
