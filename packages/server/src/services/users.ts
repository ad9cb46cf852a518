import { randomUUID } from 'node:crypto';
import { CredentialsSchema, type Me } from '@mend/core';
import { ApiProblem } from '../api-problem';
import type { Db } from '../storage/database';
import type { Storage } from '../storage/open-storage';
import { inTransaction } from '../storage/transaction';
import { countUsers, findUserByName as findUserRecordByName, insertUser, type UserRecord } from '../storage/users-store';
import { zodFieldProblems } from './zod-problems';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords';

export function toMe(user: UserRecord): Me {
  return { id: user.id, name: user.name, role: user.role, createdAt: user.createdAt };
}

/**
 * The first account becomes the owner; the CLI's `mend user add` and registration both land here.
 * `mend user add --role therapist` makes a therapist's account (never the owner), who then
 * accepts people's invites after signing in.
 */
export function addUser(storage: Storage, credentials: { name: string; password: string }, now: Date, options: { role?: 'therapist' } = {}): Promise<Me> {
  return createUser(storage, credentials, now, { onlyTheOwner: false, ...options });
}

/**
 * With onlyTheOwner, refuses once any account exists. Checked in the same transaction as the
 * insert, so two people racing to register on a fresh closed install cannot both get in.
 */
export async function createUser(
  storage: Storage,
  credentials: { name: string; password: string },
  now: Date,
  options: {
    onlyTheOwner: boolean;
    /** A therapist's account (made with an invite); otherwise the first account is the owner and the rest are people. */
    role?: 'therapist';
    /** More work that must land with the account or not at all (a therapist's first share). */
    alsoInTransaction?: (db: Db, me: Me) => Promise<void>;
  },
): Promise<Me> {
  const parsed = CredentialsSchema.safeParse(credentials);
  if (!parsed.success) throw zodFieldProblems(parsed.error.issues);
  const { name, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  return inTransaction(storage, async (db) => {
    const existing = await countUsers(db);
    if (existing > 0 && options.onlyTheOwner) throw registrationClosed();
    if (existing === 0 && options.role === 'therapist') throw ownerFirst();
    const role = options.role ?? (existing === 0 ? 'owner' : 'person');
    const user: UserRecord = { id: randomUUID(), name, role, passwordHash, createdAt: now.toISOString() };
    if (!(await insertUser(db, user))) throw nameTaken();
    const me = toMe(user);
    await options.alsoInTransaction?.(db, me);
    return me;
  });
}

export function registrationClosed(): ApiProblem {
  return new ApiProblem(
    403,
    'registration_closed',
    'This Mend already has an owner, so new accounts cannot sign up here. Ask the owner to add you with `mend user add`.',
  );
}

function ownerFirst(): ApiProblem {
  return new ApiProblem(409, 'conflict', 'The first account on a Mend is its owner, who looks after it. Create that account first, then the therapist\'s.');
}

export function nameTaken(): ApiProblem {
  return new ApiProblem(409, 'conflict', 'That name is already taken. Choose another one.', { name: 'is already taken' });
}

export async function findUserByName(storage: Storage, name: string): Promise<Me | null> {
  const user = await findUserRecordByName(storage.db, name);
  return user ? toMe(user) : null;
}

export async function hasOwner(storage: Storage): Promise<boolean> {
  return (await countUsers(storage.db)) > 0;
}

/** The same answer (and about the same time) for an unknown name and a wrong password. */
export async function verifyLogin(storage: Storage, credentials: { name: string; password: string }): Promise<Me> {
  const user = await findUserRecordByName(storage.db, credentials.name);
  const ok = user ? await verifyPassword(user.passwordHash, credentials.password) : await verifyAgainstDummy(credentials.password);
  if (!user || !ok) {
    throw new ApiProblem(401, 'unauthenticated', 'That name and password do not match an account here.');
  }
  return toMe(user);
}
