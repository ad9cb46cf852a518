import { randomBytes } from 'node:crypto';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { Db } from './database';
import { getWrappedDataKey, insertWrappedDataKey, type WrappedDataKey } from './data-keys-store';
import { dataKeyContext, fieldCipher, open, seal, type FieldCipher } from './field-cipher';
import { KeyProblem, type ServerKey } from './server-key';

const DATA_KEY_BYTES = 32;
/** Unwrapped keys kept in memory: enough for every active person on a home server, bounded for a big one. */
const CACHE_LIMIT = 1000;

/**
 * The server key and the unwrapped data keys of one open storage. It rides on the Kysely instance
 * as a plugin that changes nothing, because a plugin is the one thing every handle made from it
 * (transactions included) carries along: stores reach it from the `db` they are given, and two
 * storages in one process (tests, `mend keys rotate`) never share keys.
 */
export class Keyring implements KyselyPlugin {
  readonly #unwrapped = new Map<string, Buffer>();

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
    const cacheKey = `${ownerId}\u0000${wrapped.wrapped_key}`;
    const cached = this.#unwrapped.get(cacheKey);
    if (cached) {
      // Re-inserted so the map's order is least recently used first.
      this.#unwrapped.delete(cacheKey);
      this.#unwrapped.set(cacheKey, cached);
      return cached;
    }
    if (wrapped.server_key_id !== this.serverKey.id) {
      throw new KeyProblem(`A data key was wrapped by server key ${wrapped.server_key_id}, but this server's key is ${this.serverKey.id}`);
    }
    const dataKey = Buffer.from(open(this.serverKey.key, dataKeyContext(ownerId), wrapped.wrapped_key), 'base64');
    this.#unwrapped.set(cacheKey, dataKey);
    if (this.#unwrapped.size > CACHE_LIMIT) this.#unwrapped.delete(this.#unwrapped.keys().next().value!);
    return dataKey;
  }
}

export function keyringOf(db: Db): Keyring {
  // getExecutor() is how Kysely's own builders reach the plugins; transactions share them.
  const keyring = db.getExecutor().plugins.find((plugin): plugin is Keyring => plugin instanceof Keyring);
  if (!keyring) throw new Error('This database handle has no keyring: open it with openStorage()');
  return keyring;
}

/**
 * The cipher for one person's fields. Reads their wrapped key each time (one primary-key lookup),
 * so what is used always matches what is committed; only the unwrapping is cached. A person
 * without a key yet (made before keys existed, between start-up steps) gets one here.
 */
export async function ownerCipher(db: Db, ownerId: string): Promise<FieldCipher> {
  const keyring = keyringOf(db);
  let wrapped = await getWrappedDataKey(db, ownerId);
  if (!wrapped) {
    await insertWrappedDataKey(db, ownerId, keyring.newDataKey(ownerId).wrapped, new Date().toISOString());
    wrapped = await getWrappedDataKey(db, ownerId);
    if (!wrapped) throw new Error(`Could not make a data key for ${ownerId}`);
  }
  return fieldCipher(ownerId, keyring.unwrap(ownerId, wrapped));
}
