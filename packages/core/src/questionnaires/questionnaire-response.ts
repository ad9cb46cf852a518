import { MEND_SCORE_URL, type FhirExtension } from './fhir-questionnaire';
import type { AnswerChoice, ChoiceQuestion, QuestionGroup, QuestionnaireDefinition } from './questionnaire-definition';
import type { QuestionnaireScores } from './score-answers';

export type FhirQuestionnaireResponseItem = {
  linkId: string;
  text?: string;
  answer?: { valueCoding?: { system?: string; code: string; display: string }; valueInteger?: number }[];
  item?: FhirQuestionnaireResponseItem[];
};

export type FhirQuestionnaireResponse = {
  resourceType: 'QuestionnaireResponse';
  id: string;
  questionnaire: string;
  status: 'completed';
  authored: string;
  extension?: FhirExtension[];
  /** Left out when nothing was answered: FHIR JSON has no empty arrays. */
  item?: FhirQuestionnaireResponseItem[];
};

export interface CompletedCheck {
  id: string;
  authoredAt: string;
  /** The chosen answer code by linkId, as stored. */
  answers: Readonly<Record<string, string>>;
  scores: QuestionnaireScores;
}

/**
 * A completed check as a FHIR R4 QuestionnaireResponse: items nested as the questionnaire's
 * groups are, only answered ones, and the scale and composite scores in Mend's score extension.
 */
export function toQuestionnaireResponse(definition: QuestionnaireDefinition, check: CompletedCheck): FhirQuestionnaireResponse {
  const answerOf = (linkId: string): AnswerChoice | undefined => {
    const code = check.answers[linkId];
    return definition.questions.find((question) => question.linkId === linkId)?.choices.find((choice) => choice.code === code);
  };
  const groupResponse = (group: QuestionGroup, groupPath: string[]): FhirQuestionnaireResponseItem | null => {
    const children = groupItem([...groupPath, group.linkId]);
    return children.length ? { linkId: group.linkId, ...(group.text ? { text: group.text } : {}), item: children } : null;
  };
  const questionResponse = (question: ChoiceQuestion): FhirQuestionnaireResponseItem | null => {
    const choice = answerOf(question.linkId);
    if (!choice) return null;
    const answer = choice.integer
      ? { valueInteger: Number(choice.code) }
      : { valueCoding: { ...(choice.system ? { system: choice.system } : {}), code: choice.code, display: choice.display } };
    return { linkId: question.linkId, text: question.text, answer: [answer] };
  };
  const groupItem = (groupPath: string[]): FhirQuestionnaireResponseItem[] => {
    const depth = groupPath.length;
    const inHere = <T extends { groupPath: string[] }>(entry: T) =>
      entry.groupPath.length === depth && entry.groupPath.every((linkId, index) => linkId === groupPath[index]);
    const entries = [
      ...definition.groups.filter(inHere).map((group) => ({ position: group.position, item: groupResponse(group, groupPath) })),
      ...definition.questions.filter(inHere).map((question) => ({ position: question.position, item: questionResponse(question) })),
    ].sort((a, b) => a.position - b.position);
    const items = entries.flatMap((entry) => (entry.item ? [entry.item] : []));
    return items;
  };
  const scoreExtension = (kind: 'scale' | 'composite', result: { id: string; score: number | null }): FhirExtension[] =>
    result.score === null ? [] : [{ url: MEND_SCORE_URL, extension: [{ url: kind, valueCode: result.id }, { url: 'score', valueDecimal: result.score }] }];
  const extension = [
    ...check.scores.scales.flatMap((scale) => scoreExtension('scale', scale)),
    ...check.scores.composites.flatMap((composite) => scoreExtension('composite', composite)),
  ];
  const item = groupItem([]);
  return {
    resourceType: 'QuestionnaireResponse',
    id: check.id,
    questionnaire: definition.version ? `${definition.url}|${definition.version}` : definition.url,
    status: 'completed',
    authored: check.authoredAt,
    ...(extension.length ? { extension } : {}),
    ...(item.length ? { item } : {}),
  };
}
