import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache';

describe('withStatementCache', () => {
  it('prepares a query text once and runs it again with new parameters', () => {
    const file = new SqliteDatabase(':memory:');
    let prepared = 0;
    const counting = Object.assign(Object.create(file) as SqliteDatabase.Database, {
      prepare: (sql: string) => {
        prepared += 1;
        return file.prepare(sql);
      },
    });
    const cached = withStatementCache(counting);
    cached.prepare('create table t (n integer)').run([]);
    for (let n = 0; n < 5; n += 1) cached.prepare('insert into t (n) values (?)').run([n]);
    expect(cached.prepare('select sum(n) as total from t').all([])).toEqual([{ total: 10 }]);
    expect(prepared).toBe(3);
    cached.close();
  });

  it('keeps at most the given number, dropping the least recently used', () => {
    const file = new SqliteDatabase(':memory:');
    const cached = withStatementCache(file, 2);
    const one = cached.prepare('select 1');
    cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(one);
    const three = cached.prepare('select 3');
    // "select 2" was the least recently used: it went, "select 1" stayed.
    expect(cached.prepare('select 1')).toBe(one);
    expect(cached.prepare('select 3')).toBe(three);
    cached.prepare('select 2');
    // Making room for "select 2" again dropped "select 1", now the least recently used.
    expect(cached.prepare('select 1')).not.toBe(one);
    cached.close();
  });
});
