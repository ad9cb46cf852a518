import { BUILT_IN_QUESTIONNAIRES, readQuestionnaire, type FhirQuestionnaire, type QuestionnaireDefinition } from '@mend/core';
import { ApiProblem, notFound } from '../api-problem';
import type { Storage } from '../storage/open-storage';
import { getQuestionnaireRow, insertQuestionnaire, listQuestionnaireRows, type StoredQuestionnaire } from '../storage/questionnaires-store';

export interface KnownQuestionnaire {
  id: string;
  builtIn: boolean;
  definition: QuestionnaireDefinition;
  resource: FhirQuestionnaire;
}

const readOrThrow = (resource: unknown): QuestionnaireDefinition => {
  const read = readQuestionnaire(resource);
  if (!read.ok) throw new Error(`A stored questionnaire no longer reads: ${JSON.stringify(read.problems)}`);
  return read.definition;
};

/** Read once: the built-in checks are code. */
const BUILT_IN: readonly KnownQuestionnaire[] = BUILT_IN_QUESTIONNAIRES.map(({ id, resource }) => ({
  id, builtIn: true, definition: readOrThrow(resource), resource,
}));

/** A loaded questionnaire never changes under its id, so its reading is kept. */
const readings = new Map<string, KnownQuestionnaire>();

function fromRow(row: StoredQuestionnaire): KnownQuestionnaire {
  const key = `${row.id}\n${row.added_at}`;
  let known = readings.get(key);
  if (!known) {
    const resource = JSON.parse(row.resource) as FhirQuestionnaire;
    known = { id: row.id, builtIn: false, definition: readOrThrow(resource), resource };
    readings.set(key, known);
  }
  return known;
}

/** The built-in checks first, then those the practice loaded, oldest first. */
export async function allQuestionnaires(storage: Storage): Promise<KnownQuestionnaire[]> {
  return [...BUILT_IN, ...(await listQuestionnaireRows(storage.db)).map(fromRow)];
}

export async function questionnaireById(storage: Storage, id: string): Promise<KnownQuestionnaire> {
  const builtIn = BUILT_IN.find((known) => known.id === id);
  if (builtIn) return builtIn;
  const row = await getQuestionnaireRow(storage.db, id);
  if (!row) throw notFound('questionnaire');
  return fromRow(row);
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Loads a FHIR R4 Questionnaire for everyone on this Mend (`mend questionnaire add`). The id is
 * the one given, else the resource's own id lower-cased. Problems are named by where they are.
 */
export async function addQuestionnaire(storage: Storage, resource: unknown, now: Date, id?: string): Promise<KnownQuestionnaire> {
  const read = readQuestionnaire(resource);
  if (!read.ok) {
    throw new ApiProblem(400, 'invalid_questionnaire', 'This is not a questionnaire Mend can use.', read.problems);
  }
  const ownId = typeof (resource as { id?: unknown }).id === 'string' ? String((resource as { id: string }).id).toLowerCase() : undefined;
  const chosen = id ?? ownId;
  if (!chosen || !ID_PATTERN.test(chosen)) {
    throw new ApiProblem(400, 'invalid_questionnaire', 'Give the questionnaire an id of 1–64 lowercase letters, digits or "-".', {
      id: chosen ? `"${chosen}" must be 1–64 lowercase letters, digits or "-"` : 'the resource has no id: give one',
    });
  }
  const { definition } = read;
  const taken = BUILT_IN.some((known) => known.id === chosen)
    || !(await insertQuestionnaire(storage.db, {
      id: chosen,
      url: definition.url,
      version: definition.version,
      title: definition.title,
      resource: JSON.stringify(resource),
      added_at: now.toISOString(),
    }));
  if (taken) throw new ApiProblem(409, 'conflict', `A questionnaire with the id "${chosen}" is already loaded: give another id.`, { id: 'is taken' });
  return questionnaireById(storage, chosen);
}

/** For the CLI's list: what each questionnaire is, no one's answers. */
export async function listQuestionnaireSummaries(storage: Storage): Promise<Array<{ id: string; builtIn: boolean; title: string; questionCount: number }>> {
  return (await allQuestionnaires(storage)).map((known) => ({
    id: known.id, builtIn: known.builtIn, title: known.definition.title, questionCount: known.definition.questions.length,
  }));
}
