import type { CompiledQuery, Compilable, QueryResult } from 'kysely';
import type { Db } from './database';

/** What stands for one named value while the query is compiled. */
class Slot {
  constructor(readonly name: string) {}
}

interface Prepared {
  compiled: CompiledQuery;
  /** The names it was compiled with. */
  names: number;
  /** For each parameter of the compiled SQL, the name of the value that goes there. */
  order: string[];
}

/**
 * A query whose shape never changes, built and compiled by Kysely once per database and then run
 * with each call's values. Kysely builds and compiles every query anew, which under load was about
 * a tenth of a Mend process's time (bench/README.md, "Fewer and cheaper statements"); the hottest
 * queries (every request's sign-in lookup, logging a moment) skip that.
 *
 * `build` receives the values by name and may use each only as a value (in where, values, set),
 * never to choose the query's shape; every call must pass the same names. Both are checked: a
 * compiled parameter that is not one of the values, or a call with other names, is an error.
 */
export function compiledOnce<V extends object, R>(build: (db: Db, values: V) => Compilable<R>) {
  // The SQL depends on the dialect: one per database handle's adapter (transactions share it).
  const prepared = new WeakMap<object, Prepared>();
  return async (db: Db, values: V): Promise<QueryResult<R>> => {
    const adapter = db.getExecutor().adapter;
    let query = prepared.get(adapter);
    if (!query) {
      query = prepare(db, values, build);
      prepared.set(adapter, query);
    }
    if (Object.keys(values).length !== query.names || !query.order.every((name) => name in values)) {
      throw new Error(`compiledOnce: called with ${Object.keys(values).join(', ')}, compiled with ${query.order.join(', ')}`);
    }
    const parameters = query.order.map((name) => (values as Record<string, unknown>)[name]);
    return db.executeQuery<R>({ ...query.compiled, parameters } as CompiledQuery<R>);
  };
}

function prepare<V extends object>(db: Db, values: V, build: (db: Db, values: V) => Compilable<unknown>): Prepared {
  const slots = Object.fromEntries(Object.keys(values).map((name) => [name, new Slot(name)])) as unknown as V;
  const compiled = build(db, slots).compile();
  const order = compiled.parameters.map((parameter) => {
    if (!(parameter instanceof Slot)) throw new Error(`compiledOnce: the query has a parameter that is not one of its values: ${String(parameter)}`);
    return parameter.name;
  });
  return { compiled, names: Object.keys(values).length, order };
}
