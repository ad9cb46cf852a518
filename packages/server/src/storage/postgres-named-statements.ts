import type { PostgresPool } from 'kysely';
import type pg from 'pg';

/** Enough for every query shape Mend's code makes; past it (lists of many lengths) queries go unnamed. */
const MAX_NAMED = 500;

type Query = (...args: unknown[]) => Promise<unknown>;

/**
 * A pool whose clients send each parameterised query as a named prepared statement: PostgreSQL
 * parses and plans a text once per connection instead of on every request (on the load test this
 * took PostgreSQL's CPU per request down by about a third). A name stands for one text, the same
 * on every connection; pg prepares it on a connection the first time it is used there.
 *
 * A prepared `select *` stops working when a migration changes its table's columns ("cached plan
 * must not change result type"), as in an upgrade where another process migrated first. That
 * query is sent again unnamed, and its text gets a new name, prepared afresh on every connection.
 */
export function withNamedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  let made = 0;
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMED) {
      name = `mend_${++made}`;
      names.set(text, name);
    }
    return name;
  };
  const patched = new WeakSet<pg.PoolClient>();
  const named = (query: Query): Query => async (text, values, ...rest) => {
    const name = typeof text === 'string' && Array.isArray(values) && values.length > 0 ? nameOf(text) : undefined;
    if (!name) return query(text, values, ...rest);
    try {
      return await query({ name, text, values }, ...rest);
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      if (names.get(text as string) === name) names.delete(text as string);
      return query(text, values, ...rest);
    }
  };
  return {
    connect: async () => {
      const client = await pool.connect();
      if (!patched.has(client)) {
        patched.add(client);
        client.query = named(client.query.bind(client) as Query) as pg.PoolClient['query'];
      }
      return client;
    },
    end: () => pool.end(),
  };
}

/** PostgreSQL's answer to a prepared statement whose result columns changed under it. */
function isStalePlan(error: unknown): boolean {
  return (error as { code?: unknown }).code === '0A000' && /cached plan must not change result type/.test(String((error as Error).message));
}
