import { addUser, createPersonalToken, openStorage, type ServerConfig } from '@mend/server';
import type { Person } from './load-mix';

const PASSWORD = 'a long load-test passphrase';
/** argon2 runs on libuv's thread pool: a few at a time keeps both cores busy without piling up transactions. */
const AT_ONCE = 8;

/**
 * Real accounts, made the way `mend user add` and `mend token create` make them (argon2id password,
 * a personal access token with the read and write scopes), in the bench process before the
 * server starts. Hashing 1,000 passwords is most of the time.
 */
export async function createPeople(config: ServerConfig, count: number): Promise<Person[]> {
  const storage = await openStorage(config);
  try {
    const now = new Date();
    const people: Person[] = new Array(count);
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < count; index = next++) {
        const user = await addUser(storage, { name: `load-${String(index).padStart(4, '0')}`, password: PASSWORD }, now);
        const { token } = await createPersonalToken(storage, user.id, 'load test', now, ['read', 'write']);
        people[index] = { token };
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    return people;
  } finally {
    await storage.close();
  }
}
