import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * argon2id with OWASP's suggested minimum (19 MiB, 2 passes, 1 lane). `Algorithm` is a const enum
 * that isolatedModules cannot inline, hence the literal 2 (= Argon2id).
 */
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must not become a 500 that tells the caller the name exists.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Computed at start-up, so the first unknown-name login is not the one that stands out. */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('mend-dummy-password-for-timing');
  return dummyHash;
}

/**
 * When the name is unknown we still verify against a real hash, so a login takes about as long
 * whether or not the account exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(await prepareDummyHash(), password);
  return false;
}
