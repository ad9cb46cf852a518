import type { AccountRef, ShareScope } from '@mend/core';
import type { Db } from './database';
import { readScopes, writeScopes } from './share-scopes-column';

/**
 * Shares, one row per (person, therapist). The person's functions are scoped by the person's id
 * (owner_id); the therapist's by the therapist's id — and a therapist's read of one person by both.
 */

export interface ShareRecord {
  id: string;
  person: AccountRef;
  therapist: AccountRef;
  scopes: ShareScope[];
  until: string;
  createdAt: string;
  updatedAt: string;
}

export interface ShareTermsRecord {
  scopes: readonly ShareScope[];
  until: string;
}

function sharesWithNames(db: Db) {
  return db
    .selectFrom('shares')
    .innerJoin('users as person', 'person.id', 'shares.owner_id')
    .innerJoin('users as therapist', 'therapist.id', 'shares.therapist_id')
    .select([
      'shares.id as id',
      'shares.scopes as scopes',
      'shares.until as until',
      'shares.created_at as created_at',
      'shares.updated_at as updated_at',
      'person.id as person_id',
      'person.name as person_name',
      'therapist.id as therapist_id',
      'therapist.name as therapist_name',
    ]);
}

type ShareRow = {
  id: string; scopes: string; until: string; created_at: string; updated_at: string;
  person_id: string; person_name: string; therapist_id: string; therapist_name: string;
};

function toShare(row: ShareRow): ShareRecord {
  return {
    id: row.id,
    person: { id: row.person_id, name: row.person_name },
    therapist: { id: row.therapist_id, name: row.therapist_name },
    scopes: readScopes(row.scopes),
    until: row.until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The person's shares still running at `now`, oldest first. Scoped by the person's id. */
export async function listActiveSharesOfPerson(db: Db, ownerId: string, now: string): Promise<ShareRecord[]> {
  const rows = await sharesWithNames(db)
    .where('shares.owner_id', '=', ownerId)
    .where('shares.until', '>', now)
    .orderBy('shares.created_at', 'asc')
    .orderBy('shares.id', 'asc')
    .execute();
  return rows.map(toShare);
}

/** One of the person's shares, running or run out. Scoped by the person's id. */
export async function findShareOfPerson(db: Db, ownerId: string, id: string): Promise<ShareRecord | undefined> {
  const row = await sharesWithNames(db).where('shares.owner_id', '=', ownerId).where('shares.id', '=', id).executeTakeFirst();
  return row && toShare(row);
}

/** The share between this person and this therapist, running or run out. Scoped by both ids. */
export async function findShareBetween(db: Db, ownerId: string, therapistId: string): Promise<ShareRecord | undefined> {
  const row = await sharesWithNames(db).where('shares.owner_id', '=', ownerId).where('shares.therapist_id', '=', therapistId).executeTakeFirst();
  return row && toShare(row);
}

/** The therapist's people whose share runs at `now`, by name. Scoped by the therapist's id. */
export async function listActiveSharesOfTherapist(db: Db, therapistId: string, now: string): Promise<ShareRecord[]> {
  const rows = await sharesWithNames(db)
    .where('shares.therapist_id', '=', therapistId)
    .where('shares.until', '>', now)
    .orderBy('person.name_key', 'asc')
    .orderBy('shares.id', 'asc')
    .execute();
  return rows.map(toShare);
}

export async function insertShare(db: Db, ownerId: string, therapistId: string, share: { id: string } & ShareTermsRecord, now: string): Promise<void> {
  await db
    .insertInto('shares')
    .values({ id: share.id, owner_id: ownerId, therapist_id: therapistId, scopes: writeScopes(share.scopes), until: share.until, created_at: now, updated_at: now })
    // Two invites from one person accepted at once by one therapist: the second one's terms win,
    // as if it came a moment later, rather than a unique-constraint error. A row that had run out
    // starts again from now.
    .onConflict((conflict) =>
      conflict.columns(['owner_id', 'therapist_id']).doUpdateSet({ scopes: writeScopes(share.scopes), until: share.until, created_at: now, updated_at: now }),
    )
    .execute();
}

/** false when this person has no such share. Scoped by the person's id. */
export async function updateShareTerms(db: Db, ownerId: string, id: string, terms: ShareTermsRecord, now: string): Promise<boolean> {
  const result = await db
    .updateTable('shares')
    .set({ scopes: writeScopes(terms.scopes), until: terms.until, updated_at: now })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** false when this person has no such share. Scoped by the person's id. */
export async function deleteShare(db: Db, ownerId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('shares').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The person's account is going: every share they made. */
export async function deleteSharesOfPerson(db: Db, ownerId: string): Promise<void> {
  await db.deleteFrom('shares').where('owner_id', '=', ownerId).execute();
}

/** The therapist's account is going: every share made with them. Scoped by the therapist's id. */
export async function deleteSharesWithTherapist(db: Db, therapistId: string): Promise<void> {
  await db.deleteFrom('shares').where('therapist_id', '=', therapistId).execute();
}
