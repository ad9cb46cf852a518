import type { QuestionnaireResult, QuestionnaireScores } from '@mend/core';
import type { Db, QuestionnaireResponsesTable } from './database';
import type { FieldCipher } from './field-cipher';
import { ownerCipher } from './keyring';

/** Every function takes ownerId and filters by it here, so no caller can reach another's checks. */

export async function insertQuestionnaireResponse(db: Db, ownerId: string, result: QuestionnaireResult, createdAt: string): Promise<void> {
  await db.insertInto('questionnaire_responses').values(resultToRow(ownerId, result, createdAt, await ownerCipher(db, ownerId))).execute();
}

/** An import's copy over the stored one (same owner and id). */
export async function replaceQuestionnaireResponse(db: Db, ownerId: string, result: QuestionnaireResult): Promise<void> {
  const { owner_id: _owner, id: _id, created_at: _created, ...fields } = resultToRow(ownerId, result, '', await ownerCipher(db, ownerId));
  await db.updateTable('questionnaire_responses').set(fields).where('owner_id', '=', ownerId).where('id', '=', result.id).execute();
}

/** One questionnaire's completed checks, newest first. */
export async function listQuestionnaireResponses(db: Db, ownerId: string, questionnaireId: string): Promise<QuestionnaireResult[]> {
  const rows = await db
    .selectFrom('questionnaire_responses')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('taken_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const cipher = await ownerCipher(db, ownerId);
  return rows.map((row) => rowToResult(row, cipher));
}

/** Without questionnaireId: whichever questionnaire it belongs to (an import matches by id alone). */
export async function getQuestionnaireResponse(db: Db, ownerId: string, questionnaireId: string | null, id: string): Promise<QuestionnaireResult | undefined> {
  let select = db.selectFrom('questionnaire_responses').selectAll().where('owner_id', '=', ownerId).where('id', '=', id);
  if (questionnaireId !== null) select = select.where('questionnaire_id', '=', questionnaireId);
  const row = await select.executeTakeFirst();
  return row && rowToResult(row, await ownerCipher(db, ownerId));
}

/** false when this owner has no such check. */
export async function deleteQuestionnaireResponse(db: Db, ownerId: string, questionnaireId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('questionnaire_responses')
    .where('owner_id', '=', ownerId)
    .where('questionnaire_id', '=', questionnaireId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** When each questionnaire was last taken by this owner (nothing is opened). */
export async function lastTakenByQuestionnaire(db: Db, ownerId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('questionnaire_responses')
    .select(['questionnaire_id', (eb) => eb.fn.max('taken_at').as('last_taken_at')])
    .where('owner_id', '=', ownerId)
    .groupBy('questionnaire_id')
    .execute();
  return new Map(rows.map((row) => [row.questionnaire_id, String(row.last_taken_at)]));
}

/** Every completed check of the owner, oldest first (the export). */
export async function listAllQuestionnaireResponses(db: Db, ownerId: string): Promise<QuestionnaireResult[]> {
  const rows = await db
    .selectFrom('questionnaire_responses')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('taken_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  const cipher = await ownerCipher(db, ownerId);
  return rows.map((row) => rowToResult(row, cipher));
}

function resultToRow(ownerId: string, result: QuestionnaireResult, createdAt: string, cipher: FieldCipher): QuestionnaireResponsesTable {
  const scores: QuestionnaireScores = { scales: result.scales, composites: result.composites };
  return {
    owner_id: ownerId,
    id: result.id,
    questionnaire_id: result.questionnaireId,
    questionnaire_version: result.questionnaireVersion,
    taken_at: result.takenAt,
    answers: cipher.seal('questionnaire_responses', 'answers', JSON.stringify(result.answers)),
    scores: cipher.seal('questionnaire_responses', 'scores', JSON.stringify(scores)),
    created_at: createdAt,
  };
}

function rowToResult(row: QuestionnaireResponsesTable, cipher: FieldCipher): QuestionnaireResult {
  const scores = JSON.parse(cipher.open('questionnaire_responses', 'scores', row.scores)) as QuestionnaireScores;
  return {
    id: row.id,
    questionnaireId: row.questionnaire_id,
    questionnaireVersion: row.questionnaire_version,
    takenAt: row.taken_at,
    answers: JSON.parse(cipher.open('questionnaire_responses', 'answers', row.answers)) as Record<string, string>,
    scales: scores.scales,
    composites: scores.composites,
  };
}
