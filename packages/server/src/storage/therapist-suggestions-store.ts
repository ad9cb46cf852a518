import type { TherapistSuggestion } from '@mend/core';
import type { Db, TherapistSuggestionsTable } from './database';
import { ownerCipher } from './keyring';

/**
 * Suggestions from therapists. owner_id is the person each is for: the message is sealed with
 * that person's data key, and every function is scoped by the person's id (the therapist's
 * sent list by the person's and the therapist's).
 */

export type SuggestionStatus = TherapistSuggestion['status'];

export interface NewSuggestion {
  id: string;
  therapistId: string;
  kind: TherapistSuggestion['kind'];
  targetId: string;
  message: string | null;
  createdAt: string;
}

export async function insertSuggestion(db: Db, ownerId: string, suggestion: NewSuggestion): Promise<void> {
  const cipher = await ownerCipher(db, ownerId);
  await db
    .insertInto('therapist_suggestions')
    .values({
      id: suggestion.id,
      owner_id: ownerId,
      therapist_id: suggestion.therapistId,
      kind: suggestion.kind,
      target_id: suggestion.targetId,
      message: cipher.sealNullable('therapist_suggestions', 'message', suggestion.message),
      status: 'open',
      created_at: suggestion.createdAt,
      answered_at: null,
    })
    .execute();
}

function withNames(db: Db, ownerId: string) {
  return db
    .selectFrom('therapist_suggestions')
    .innerJoin('users as person', 'person.id', 'therapist_suggestions.owner_id')
    .innerJoin('users as therapist', 'therapist.id', 'therapist_suggestions.therapist_id')
    .selectAll('therapist_suggestions')
    .select(['person.name as person_name', 'therapist.name as therapist_name'])
    .where('therapist_suggestions.owner_id', '=', ownerId);
}

/** Everything suggested to the person: open ones first, then newest first. */
export async function listSuggestionsForPerson(db: Db, ownerId: string): Promise<TherapistSuggestion[]> {
  const rows = await withNames(db, ownerId)
    .orderBy((eb) => eb.case().when('therapist_suggestions.status', '=', 'open').then(0).else(1).end(), 'asc')
    .orderBy('therapist_suggestions.created_at', 'desc')
    .orderBy('therapist_suggestions.id', 'desc')
    .execute();
  return openRows(db, ownerId, rows);
}

/** What one therapist suggested to the person, newest first. */
export async function listSuggestionsFrom(db: Db, ownerId: string, therapistId: string): Promise<TherapistSuggestion[]> {
  const rows = await withNames(db, ownerId)
    .where('therapist_suggestions.therapist_id', '=', therapistId)
    .orderBy('therapist_suggestions.created_at', 'desc')
    .orderBy('therapist_suggestions.id', 'desc')
    .execute();
  return openRows(db, ownerId, rows);
}

export async function findSuggestion(db: Db, ownerId: string, id: string): Promise<TherapistSuggestion | undefined> {
  const rows = await withNames(db, ownerId).where('therapist_suggestions.id', '=', id).execute();
  return (await openRows(db, ownerId, rows))[0];
}

export async function countOpenSuggestionsFrom(db: Db, ownerId: string, therapistId: string): Promise<number> {
  const row = await db
    .selectFrom('therapist_suggestions')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('owner_id', '=', ownerId)
    .where('therapist_id', '=', therapistId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Only from open: false when it was answered already (or is not the person's), so an answer is given once. */
export async function answerSuggestion(db: Db, ownerId: string, id: string, status: Exclude<SuggestionStatus, 'open'>, at: string): Promise<boolean> {
  const result = await db
    .updateTable('therapist_suggestions')
    .set({ status, answered_at: at })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The person's account is going. */
export async function deleteSuggestionsFor(db: Db, ownerId: string): Promise<void> {
  await db.deleteFrom('therapist_suggestions').where('owner_id', '=', ownerId).execute();
}

/** The therapist's account is going: what they suggested goes with it. Scoped by the therapist's id. */
export async function deleteSuggestionsFromTherapist(db: Db, therapistId: string): Promise<void> {
  await db.deleteFrom('therapist_suggestions').where('therapist_id', '=', therapistId).execute();
}

type SuggestionRow = TherapistSuggestionsTable & { person_name: string; therapist_name: string };

async function openRows(db: Db, ownerId: string, rows: SuggestionRow[]): Promise<TherapistSuggestion[]> {
  if (rows.length === 0) return [];
  const cipher = await ownerCipher(db, ownerId);
  return rows.map((row) => ({
    id: row.id,
    therapist: { id: row.therapist_id, name: row.therapist_name },
    person: { id: row.owner_id, name: row.person_name },
    kind: row.kind === 'area' ? 'area' : 'skill',
    targetId: row.target_id,
    message: cipher.openNullable('therapist_suggestions', 'message', row.message),
    status: row.status === 'accepted' || row.status === 'declined' ? row.status : 'open',
    createdAt: row.created_at,
    answeredAt: row.answered_at,
  }));
}
