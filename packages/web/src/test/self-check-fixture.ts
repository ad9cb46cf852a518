import {
  COPING_STYLES_ID, copingStylesQuestionnaire, questionnaireDetail, readQuestionnaire, scoreAnswers, type QuestionnaireDetail,
} from '@mend/core';

/** The built-in coping styles check, as GET /questionnaires/coping-styles answers it. */
export function copingStylesDetail(overrides: Partial<QuestionnaireDetail> = {}): QuestionnaireDetail {
  const read = readQuestionnaire(copingStylesQuestionnaire);
  if (!read.ok) throw new Error('the built-in check does not read');
  const summary = {
    id: COPING_STYLES_ID, url: read.definition.url, version: read.definition.version, title: read.definition.title,
    description: read.definition.description, builtIn: true, questionCount: read.definition.questions.length,
    lastTakenAt: null, suggested: true,
  };
  return { ...questionnaireDetail(summary, read.definition), ...overrides };
}

/** Every statement answered with the same code, or by a function of its linkId. */
export function allAnswers(code: string | ((linkId: string) => string) = '2'): Record<string, string> {
  return Object.fromEntries(copingStylesDetail().questions.map((question) => [question.linkId, typeof code === 'string' ? code : code(question.linkId)]));
}

/** One stored result of the coping styles check, scored as the server scores it. */
export function copingStylesResult(id: string, takenAt: string, answers = allAnswers()) {
  const read = readQuestionnaire(copingStylesQuestionnaire);
  if (!read.ok) throw new Error('the built-in check does not read');
  const scored = scoreAnswers(read.definition, answers);
  if (!scored.ok) throw new Error('the answers do not score');
  return { id, questionnaireId: COPING_STYLES_ID, questionnaireVersion: '1', takenAt, answers, ...scored.scores };
}
