import type { Db } from './database';
import type { Storage } from './open-storage';

/** Runs `work` in one transaction: everything it writes lands, or nothing does. */
export function inTransaction<T>(storage: Storage, work: (db: Db) => Promise<T>): Promise<T> {
  return storage.db.transaction().execute(work);
}
