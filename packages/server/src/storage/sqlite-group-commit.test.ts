import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupCommitSqliteDialect, type GroupCommitFile } from './sqlite-group-commit';
import { withStatementCache } from './sqlite-statement-cache';

interface Tables {
  parents: { id: string };
  children: { id: string; parent_id: string };
}

const opened: Array<{ db: Kysely<Tables>; dir: string; other: SqliteDatabase.Database }> = [];
afterEach(async () => {
  for (const { db, dir, other } of opened.splice(0)) {
    other.close();
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A real SQLite file as Mend opens it, the statements it is sent counted, and a second connection to look from outside. */
async function open() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-group-commit-'));
  const file = new SqliteDatabase(path.join(dir, 'test.sqlite'));
  file.pragma('journal_mode = WAL');
  file.pragma('synchronous = FULL');
  file.pragma('foreign_keys = ON');
  const cached = withStatementCache(file);
  const sent: string[] = [];
  const counting: GroupCommitFile = {
    get inTransaction() {
      return cached.inTransaction;
    },
    close: () => cached.close(),
    prepare: (text) => {
      sent.push(text);
      return cached.prepare(text);
    },
  };
  const dialect = new GroupCommitSqliteDialect(counting);
  const db = new Kysely<Tables>({ dialect });
  await sql`create table parents (id text primary key)`.execute(db);
  // Checked only at commit: a way to make a commit fail on purpose.
  await sql`create table children (id text primary key, parent_id text not null references parents (id) deferrable initially deferred)`.execute(db);
  const other = new SqliteDatabase(path.join(dir, 'test.sqlite'), { readonly: true });
  const seenFromOutside = () => other.prepare('select id from parents order by id').pluck().all();
  sent.length = 0;
  const entry = { db, dir, other };
  opened.push(entry);
  return { db, driver: dialect.driver, sent, seenFromOutside };
}

const commits = (sent: string[]) => sent.filter((text) => text === 'commit').length;

describe('group commit on SQLite', () => {
  it('commits writes sent at the same moment together, once, and settles each only once it is on the disk', async () => {
    const { db, sent, seenFromOutside } = await open();
    const writes = Array.from({ length: 10 }, (_, index) =>
      db.insertInto('parents').values({ id: `p${index}` }).execute().then(() => seenFromOutside().length),
    );
    // Each write, when it settles, is already visible to another connection: committed.
    expect(await Promise.all(writes)).toEqual(Array(10).fill(10));
    expect(commits(sent)).toBe(1);
    expect(sent.filter((text) => text === 'begin')).toHaveLength(1);
  });

  it('fails a write alone when its own statement fails, and commits the others', async () => {
    const { db, seenFromOutside } = await open();
    await db.insertInto('parents').values({ id: 'taken' }).execute();
    const results = await Promise.allSettled([
      db.insertInto('parents').values({ id: 'a' }).execute(),
      db.insertInto('parents').values({ id: 'taken' }).execute(),
      db.insertInto('parents').values({ id: 'b' }).execute(),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(seenFromOutside()).toEqual(['a', 'b', 'taken']);
  });

  it('fails every write of a group whose commit fails, keeps none of them, and counts the failure', async () => {
    const { db, driver, seenFromOutside } = await open();
    expect(driver.failedCommits()).toBe(0);
    const results = await Promise.allSettled([
      db.insertInto('parents').values({ id: 'innocent' }).execute(),
      db.insertInto('children').values({ id: 'c1', parent_id: 'nobody' }).execute(),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(seenFromOutside()).toEqual([]);
    expect(driver.failedCommits()).toBe(1);
    // The connection is usable again.
    await db.insertInto('parents').values({ id: 'later' }).execute();
    expect(seenFromOutside()).toEqual(['later']);
  });

  it('lets a read see the group at once, and settled() waits for the commit', async () => {
    const { db, driver, seenFromOutside } = await open();
    const write = db.insertInto('parents').values({ id: 'x' }).execute();
    expect(await db.selectFrom('parents').select('id').execute()).toEqual([{ id: 'x' }]);
    expect(seenFromOutside()).toEqual([]);
    await driver.settled();
    expect(seenFromOutside()).toEqual(['x']);
    await write;
    await driver.settled();
  });

  it('commits the open group before an explicit transaction, which then runs alone', async () => {
    const { db, seenFromOutside } = await open();
    const before = db.insertInto('parents').values({ id: 'before' }).execute();
    let outside: Promise<unknown> | undefined;
    await expect(
      db.transaction().execute(async (trx) => {
        expect(seenFromOutside()).toEqual(['before']);
        await trx.insertInto('parents').values({ id: 'inside' }).execute();
        // A write from elsewhere while the transaction runs waits for it, so it is not undone with it.
        outside = db.insertInto('parents').values({ id: 'outside' }).execute();
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(seenFromOutside()).toEqual(['before']);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    await before;
    await outside;
    expect(seenFromOutside()).toEqual(['before', 'outside']);
  });

  it('undoes an explicit transaction whose commit fails, and lets the next one and the writes waiting for it through', async () => {
    const { db, seenFromOutside } = await open();
    let waiting: Promise<unknown> | undefined;
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('parents').values({ id: 'undone' }).execute();
        await trx.insertInto('children').values({ id: 'c1', parent_id: 'nobody' }).execute();
        waiting = db.insertInto('parents').values({ id: 'waited' }).execute();
      }),
    ).rejects.toThrow(/FOREIGN KEY/);
    await waiting;
    await db.transaction().execute((trx) => trx.insertInto('parents').values({ id: 'next' }).execute());
    expect(seenFromOutside()).toEqual(['next', 'waited']);
  });

  it('commits the open group before raw SQL, which runs by itself', async () => {
    const { db, seenFromOutside } = await open();
    const write = db.insertInto('parents').values({ id: 'first' }).execute();
    await sql`pragma wal_checkpoint(passive)`.execute(db);
    expect(seenFromOutside()).toEqual(['first']);
    await write;
  });

  it('commits a long burst in groups of at most 256', async () => {
    const { db, sent, seenFromOutside } = await open();
    await Promise.all(Array.from({ length: 600 }, (_, index) => db.insertInto('parents').values({ id: `p${String(index).padStart(3, '0')}` }).execute()));
    expect(commits(sent)).toBe(3);
    expect(seenFromOutside()).toHaveLength(600);
  });
});
