import { randomUUID } from 'node:crypto';
import {
  SUGGEST_AGAIN_DAYS, alongsideLog, ALONGSIDE_LOG_DAYS, questionnaireDetail, scoreAnswers, toQuestionnaireResponse,
  type AlongsideLogEntry, type FhirQuestionnaireResponse, type QuestionnaireDetail, type QuestionnaireResponseCreate,
  type QuestionnaireResult, type QuestionnaireSummary,
} from '@mend/core';
import { invalidFields, notFound } from '../api-problem';
import { listMomentSkillsBetween } from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';
import {
  deleteQuestionnaireResponse as deleteRow, getQuestionnaireResponse, insertQuestionnaireResponse, lastTakenByQuestionnaire,
  listQuestionnaireResponses as listRows,
} from '../storage/questionnaire-responses-store';
import { allQuestionnaires, questionnaireById, type KnownQuestionnaire } from './questionnaire-registry';
import { filedSkillsOf } from './skills';
import { addDays, normalizeTime } from './times';

function summaryOf(known: KnownQuestionnaire, lastTakenAt: string | undefined, now: Date): QuestionnaireSummary {
  const { definition } = known;
  return {
    id: known.id,
    url: definition.url,
    version: definition.version,
    title: definition.title,
    description: definition.description,
    builtIn: known.builtIn,
    questionCount: definition.questions.length,
    lastTakenAt: lastTakenAt ?? null,
    suggested: lastTakenAt === undefined || addDays(new Date(lastTakenAt), SUGGEST_AGAIN_DAYS) <= now,
  };
}

export async function listQuestionnaires(storage: Storage, ownerId: string, now: Date) {
  const [known, lastTaken] = await Promise.all([allQuestionnaires(storage), lastTakenByQuestionnaire(storage.db, ownerId)]);
  return { questionnaires: known.map((entry) => summaryOf(entry, lastTaken.get(entry.id), now)), suggestAgainDays: SUGGEST_AGAIN_DAYS };
}

export async function getQuestionnaire(storage: Storage, ownerId: string, id: string, now: Date): Promise<QuestionnaireDetail> {
  const [known, lastTaken] = await Promise.all([questionnaireById(storage, id), lastTakenByQuestionnaire(storage.db, ownerId)]);
  return questionnaireDetail(summaryOf(known, lastTaken.get(id), now), known.definition);
}

/** Scores the answers (400 naming answers.<linkId> for any problem), stores the check, and sets it beside the log. */
export async function createQuestionnaireResponse(
  storage: Storage,
  ownerId: string,
  id: string,
  input: QuestionnaireResponseCreate,
  now: Date,
  skillFilingsVersion?: number,
): Promise<QuestionnaireResult & { alongsideLog: AlongsideLogEntry[] }> {
  const known = await questionnaireById(storage, id);
  const scored = scoreAnswers(known.definition, input.answers);
  const problems: Record<string, string> = scored.ok ? {} : { ...scored.problems };
  if (input.takenAt !== undefined && new Date(input.takenAt) > now) problems.takenAt = 'must not be in the future';
  if (!scored.ok || Object.keys(problems).length) throw invalidFields(problems);
  const result: QuestionnaireResult = {
    id: randomUUID(),
    questionnaireId: known.id,
    questionnaireVersion: known.definition.version,
    takenAt: normalizeTime(input.takenAt ?? now.toISOString()),
    answers: Object.fromEntries([...scored.chosen].map(([linkId, choice]) => [linkId, choice.code])),
    scales: scored.scores.scales,
    composites: scored.scores.composites,
  };
  await insertQuestionnaireResponse(storage.db, ownerId, result, now.toISOString());
  return { ...result, alongsideLog: await besideLog(storage, ownerId, known, result, skillFilingsVersion) };
}

export async function listQuestionnaireResponses(storage: Storage, ownerId: string, id: string, skillFilingsVersion?: number) {
  const known = await questionnaireById(storage, id);
  const results = await listRows(storage.db, ownerId, known.id);
  const newest = results[0];
  return {
    questionnaireId: known.id,
    results,
    alongsideLog: newest ? await besideLog(storage, ownerId, known, newest, skillFilingsVersion) : [],
  };
}

export async function questionnaireResponseFhir(storage: Storage, ownerId: string, id: string, responseId: string): Promise<FhirQuestionnaireResponse> {
  const known = await questionnaireById(storage, id);
  const result = await getQuestionnaireResponse(storage.db, ownerId, known.id, responseId);
  if (!result) throw notFound('completed check');
  return toQuestionnaireResponse(known.definition, {
    id: result.id, authoredAt: result.takenAt, answers: result.answers, scores: { scales: result.scales, composites: result.composites },
  });
}

export async function deleteQuestionnaireResponse(storage: Storage, ownerId: string, id: string, responseId: string): Promise<void> {
  const known = await questionnaireById(storage, id);
  if (!(await deleteRow(storage.db, ownerId, known.id, responseId))) throw notFound('completed check');
}

async function besideLog(
  storage: Storage, ownerId: string, known: KnownQuestionnaire, result: QuestionnaireResult, skillFilingsVersion?: number,
): Promise<AlongsideLogEntry[]> {
  if (!known.definition.scales.some((scale) => scale.families.length)) return [];
  const takenAt = new Date(result.takenAt);
  const [skills, moments] = await Promise.all([
    filedSkillsOf(storage, ownerId, skillFilingsVersion),
    listMomentSkillsBetween(storage.db, ownerId, addDays(takenAt, -ALONGSIDE_LOG_DAYS).toISOString(), result.takenAt),
  ]);
  return alongsideLog({
    definition: known.definition,
    scores: { scales: result.scales, composites: result.composites },
    takenAt: result.takenAt,
    moments,
    skills,
  });
}
