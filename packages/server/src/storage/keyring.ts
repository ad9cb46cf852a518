import { randomBytes } from 'node:crypto';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { Db } from './database';
import { getWrappedDataKey, insertWrappedDataKey, type WrappedDataKey } from './data-keys-store';
import { dataKeyContext, fieldCipher, open, seal, type FieldCipher } from './field-cipher';
import { KeyProblem, type ServerKey } from './server-key';

const DATA_KEY_BYTES = 32;
/** Data keys kept in memory: enough for every active person on a home server, bounded for a big one. */
const CACHE_LIMIT = 1000;

/**
 * The server key and the unwrapped data keys of one open storage. It rides on the Kysely instance
 * as a plugin that changes nothing, because a plugin is the one thing every handle made from it
 * (transactions included) carries along: stores reach it from the `db` they are given, and two
 * storages in one process (tests, `mend keys rotate`) never share keys.
 */
export class Keyring implements KyselyPlugin {
  /** Unwrapped data keys by person, least recently used first. */
  readonly #dataKeys = new Map<string, Buffer>();

  constructor(readonly serverKey: ServerKey) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }

  /** A new data key for `ownerId`, with its wrapped form to store. */
  newDataKey(ownerId: string): { dataKey: Buffer; wrapped: WrappedDataKey } {
    const dataKey = randomBytes(DATA_KEY_BYTES);
    return { dataKey, wrapped: this.wrap(ownerId, dataKey) };
  }

  wrap(ownerId: string, dataKey: Buffer): WrappedDataKey {
    return { server_key_id: this.serverKey.id, wrapped_key: seal(this.serverKey.key, dataKeyContext(ownerId), dataKey.toString('base64')) };
  }

  unwrap(ownerId: string, wrapped: WrappedDataKey): Buffer {
    if (wrapped.server_key_id !== this.serverKey.id) {
      throw new KeyProblem(`A data key was wrapped by server key ${wrapped.server_key_id}, but this server's key is ${this.serverKey.id}`);
    }
    return Buffer.from(open(this.serverKey.key, dataKeyContext(ownerId), wrapped.wrapped_key), 'base64');
  }

  /** The person's data key if it was kept (ownerCipher), most recently used last. */
  knownDataKey(ownerId: string): Buffer | undefined {
    const known = this.#dataKeys.get(ownerId);
    if (known) {
      this.#dataKeys.delete(ownerId);
      this.#dataKeys.set(ownerId, known);
    }
    return known;
  }

  keepDataKey(ownerId: string, dataKey: Buffer): void {
    this.#dataKeys.set(ownerId, dataKey);
    if (this.#dataKeys.size > CACHE_LIMIT) this.#dataKeys.delete(this.#dataKeys.keys().next().value!);
  }

  /** After the person's account is deleted: their key leaves this process's memory too. */
  forgetDataKey(ownerId: string): void {
    this.#dataKeys.delete(ownerId);
  }
}

export function keyringOf(db: Db): Keyring {
  // getExecutor() is how Kysely's own builders reach the plugins; transactions share them.
  const keyring = db.getExecutor().plugins.find((plugin): plugin is Keyring => plugin instanceof Keyring);
  if (!keyring) throw new Error('This database handle has no keyring: open it with openStorage()');
  return keyring;
}

/**
 * The cipher for one person's fields. A person's data key never changes once stored (rotation
 * re-wraps the same key), so the first time it is read outside a transaction it is kept in memory
 * and the database is not asked again. A key read inside a transaction is used but not kept: that
 * transaction may have made it and may still roll back. A person without a key yet (made before
 * keys existed, between start-up steps) gets one here, in a transaction of its own when the caller
 * has none, so that no read outside a transaction sees it before it is committed (SQLite's group
 * commit lets reads see writes still waiting for theirs); of two made at once, the one stored wins.
 */
export async function ownerCipher(db: Db, ownerId: string): Promise<FieldCipher> {
  const keyring = keyringOf(db);
  const known = keyring.knownDataKey(ownerId);
  if (known) return fieldCipher(ownerId, known);
  let stored = await getWrappedDataKey(db, ownerId);
  if (!stored) {
    const { wrapped } = keyring.newDataKey(ownerId);
    const at = new Date().toISOString();
    if (db.isTransaction) await insertWrappedDataKey(db, ownerId, wrapped, at);
    else await db.transaction().execute((trx) => insertWrappedDataKey(trx, ownerId, wrapped, at));
    stored = await getWrappedDataKey(db, ownerId);
    if (!stored) throw new Error(`Could not make a data key for ${ownerId}`);
  }
  const dataKey = keyring.unwrap(ownerId, stored);
  if (!db.isTransaction) keyring.keepDataKey(ownerId, dataKey);
  return fieldCipher(ownerId, dataKey);
}

/** After a person's account is deleted: their data key leaves this process's memory too. */
export function forgetDataKey(db: Db, ownerId: string): void {
  keyringOf(db).forgetDataKey(ownerId);
}
