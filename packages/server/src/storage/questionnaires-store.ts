import type { Db, QuestionnairesTable } from './database';

/**
 * Questionnaires a practice loaded: one Mend's, shared by everyone on it like the catalogue,
 * so they have no owner. What a person answered is in questionnaire-responses-store.
 */

export type StoredQuestionnaire = QuestionnairesTable;

export async function listQuestionnaireRows(db: Db): Promise<StoredQuestionnaire[]> {
  return db.selectFrom('questionnaires').selectAll().orderBy('added_at', 'asc').orderBy('id', 'asc').execute();
}

export async function getQuestionnaireRow(db: Db, id: string): Promise<StoredQuestionnaire | undefined> {
  return db.selectFrom('questionnaires').selectAll().where('id', '=', id).executeTakeFirst();
}

/** false when that id is taken. */
export async function insertQuestionnaire(db: Db, row: StoredQuestionnaire): Promise<boolean> {
  const result = await db
    .insertInto('questionnaires')
    .values(row)
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
