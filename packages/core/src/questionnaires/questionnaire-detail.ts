import type { QuestionnaireDetail, QuestionnaireSummary } from '../schemas/questionnaires';
import type { QuestionnaireDefinition } from './questionnaire-definition';

/** What a person needs to take a check and read its results, from its definition. */
export function questionnaireDetail(summary: QuestionnaireSummary, definition: QuestionnaireDefinition): QuestionnaireDetail {
  const groupText = new Map(definition.groups.map((group) => [group.linkId, group.text]));
  return {
    ...summary,
    copyright: definition.copyright,
    intro: definition.displays.map((display) => display.text).filter(Boolean),
    questions: definition.questions.map((question) => {
      const innermost = question.groupPath[question.groupPath.length - 1];
      return {
        linkId: question.linkId,
        text: question.text,
        required: question.required,
        section: innermost ? groupText.get(innermost) || null : null,
        choices: question.choices.map((choice) => ({ code: choice.code, display: choice.display })),
      };
    }),
    scales: definition.scales.map((scale) => ({
      id: scale.id, title: scale.title, itemLinkIds: scale.itemLinkIds, families: scale.families, helpFamilies: scale.helpFamilies,
      areaIds: scale.areaIds, note: scale.note ?? null,
    })),
    composites: definition.composites.map((composite) => ({
      id: composite.id, title: composite.title, scaleIds: composite.scaleIds, source: composite.source ?? null,
    })),
  };
}
