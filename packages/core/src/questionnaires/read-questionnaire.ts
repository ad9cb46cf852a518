import { FhirQuestionnaireSchema, MEND_COMPOSITE_URL, MEND_SCALE_URL, ORDINAL_VALUE_URL, type FhirExtension, type FhirQuestionnaireItem } from './fhir-questionnaire';
import type { AnswerChoice, CompositeDefinition, QuestionnaireDefinition, ScaleDefinition } from './questionnaire-definition';

export type ReadQuestionnaire =
  | { ok: true; definition: QuestionnaireDefinition }
  | { ok: false; problems: Record<string, string> };

const SUPPORTED_TYPES = 'group, display or choice';

/**
 * A FHIR R4 Questionnaire → Mend's definition, or every problem found, each named by where it is
 * ("item.3.answerOption.1": …). Choice items need answer options with a score (ordinalValue, or a
 * valueInteger answer); scales and composites come from Mend's extensions and must name items
 * and scales that exist.
 */
export function readQuestionnaire(resource: unknown): ReadQuestionnaire {
  const parsed = FhirQuestionnaireSchema.safeParse(resource);
  if (!parsed.success) {
    const problems: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.') || 'resource';
      problems[field] ??= issue.message.startsWith('Invalid input') ? 'has the wrong type or is missing' : issue.message;
    }
    return { ok: false, problems };
  }
  const fhir = parsed.data;
  const problems: Record<string, string> = {};
  const definition: QuestionnaireDefinition = {
    url: fhir.url,
    version: fhir.version ?? null,
    title: fhir.title,
    description: fhir.description ?? null,
    copyright: fhir.copyright ?? null,
    displays: [],
    groups: [],
    questions: [],
    scales: [],
    composites: [],
  };
  const seen = new Set<string>();
  let position = 0;

  const walk = (items: FhirQuestionnaireItem[], at: string, groupPath: string[]) => {
    items.forEach((item, index) => {
      const where = `${at}.${index}`;
      position += 1;
      if (seen.has(item.linkId)) problems[`${where}.linkId`] = `"${item.linkId}" is used by another item`;
      seen.add(item.linkId);
      if (item.repeats) problems[`${where}.repeats`] = 'repeating items are not supported';
      if (item.enableWhen !== undefined) problems[`${where}.enableWhen`] = 'conditional items (enableWhen) are not supported';
      if (item.type === 'group') {
        definition.groups.push({ linkId: item.linkId, text: item.text ?? '', groupPath, position });
        if (!item.item?.length) problems[`${where}.item`] = 'a group needs at least one item';
        else walk(item.item, `${where}.item`, [...groupPath, item.linkId]);
        return;
      }
      if (item.item?.length) problems[`${where}.item`] = 'only a group may hold items';
      if (item.type === 'display') {
        definition.displays.push({ linkId: item.linkId, text: item.text ?? '', groupPath, position });
        return;
      }
      if (item.type !== 'choice') {
        problems[`${where}.type`] = `"${item.type}" items are not supported: use ${SUPPORTED_TYPES}`;
        return;
      }
      if (!item.text) problems[`${where}.text`] = 'a question needs its text';
      const choices = readChoices(item, where, problems);
      definition.questions.push({ linkId: item.linkId, text: item.text ?? '', required: item.required ?? false, choices, groupPath, position });
    });
  };
  walk(fhir.item, 'item', []);

  const questionIds = new Set(definition.questions.map((question) => question.linkId));
  (fhir.extension ?? []).forEach((extension, index) => {
    const where = `extension.${index}`;
    if (extension.url === MEND_SCALE_URL) {
      const scale = readScale(extension, where, problems);
      if (!scale) return;
      scale.itemLinkIds.forEach((linkId, itemIndex) => {
        if (!questionIds.has(linkId)) problems[`${where}.item.${itemIndex}`] = `"${linkId}" is not a choice item of this questionnaire`;
      });
      if (definition.scales.some((other) => other.id === scale.id)) problems[`${where}.id`] = `"${scale.id}" names another scale`;
      definition.scales.push(scale);
    }
  });
  const scaleIds = new Set(definition.scales.map((scale) => scale.id));
  (fhir.extension ?? []).forEach((extension, index) => {
    const where = `extension.${index}`;
    if (extension.url !== MEND_COMPOSITE_URL) return;
    const composite = readComposite(extension, where, problems);
    if (!composite) return;
    composite.scaleIds.forEach((scaleId, scaleIndex) => {
      if (!scaleIds.has(scaleId)) problems[`${where}.scale.${scaleIndex}`] = `"${scaleId}" is not a scale of this questionnaire`;
    });
    if (definition.composites.some((other) => other.id === composite.id)) problems[`${where}.id`] = `"${composite.id}" names another composite`;
    definition.composites.push(composite);
  });
  if (!definition.questions.length) problems.item = 'needs at least one choice item';
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, definition };
}

function readChoices(item: FhirQuestionnaireItem, where: string, problems: Record<string, string>): AnswerChoice[] {
  const options = item.answerOption ?? [];
  if (!options.length) {
    problems[`${where}.answerOption`] = 'a choice item needs its answer options';
    return [];
  }
  const choices: AnswerChoice[] = [];
  options.forEach((option, index) => {
    const at = `${where}.answerOption.${index}`;
    const ordinal = option.extension?.find((extension) => extension.url === ORDINAL_VALUE_URL)?.valueDecimal;
    if (option.valueCoding) {
      if (ordinal === undefined) {
        problems[`${at}.extension`] = `needs a score: an ordinalValue extension (${ORDINAL_VALUE_URL})`;
        return;
      }
      const { code, display, system } = option.valueCoding;
      choices.push({ code, display: display ?? code, score: ordinal, ...(system ? { system } : {}) });
    } else if (option.valueInteger !== undefined) {
      choices.push({ code: String(option.valueInteger), display: String(option.valueInteger), score: ordinal ?? option.valueInteger, integer: true });
    } else {
      problems[at] = 'needs a valueCoding (with an ordinalValue score) or a valueInteger';
      return;
    }
    if (choices.slice(0, -1).some((other) => other.code === choices[choices.length - 1]!.code)) problems[at] = 'repeats another answer\'s code';
  });
  return choices;
}

const parts = (extension: FhirExtension, name: string) => (extension.extension ?? []).filter((part) => part.url === name);
const text = (extension: FhirExtension, name: string) => {
  const part = parts(extension, name)[0];
  return part?.valueCode ?? part?.valueString;
};
const texts = (extension: FhirExtension, name: string) =>
  parts(extension, name).map((part) => part.valueCode ?? part.valueString).filter((value): value is string => value !== undefined);

function readScale(extension: FhirExtension, where: string, problems: Record<string, string>): ScaleDefinition | null {
  const id = text(extension, 'id');
  const title = text(extension, 'title');
  const itemLinkIds = texts(extension, 'item');
  if (!id) problems[`${where}.id`] = 'a scale needs an id part';
  if (!title) problems[`${where}.title`] = 'a scale needs a title part';
  if (!itemLinkIds.length) problems[`${where}.item`] = 'a scale needs at least one item part';
  if (!id || !title || !itemLinkIds.length) return null;
  const note = text(extension, 'note');
  return { id, title, itemLinkIds, families: texts(extension, 'family'), helpFamilies: texts(extension, 'helps'), areaIds: texts(extension, 'area'), ...(note ? { note } : {}) };
}

function readComposite(extension: FhirExtension, where: string, problems: Record<string, string>): CompositeDefinition | null {
  const id = text(extension, 'id');
  const title = text(extension, 'title');
  const scaleIds = texts(extension, 'scale');
  if (!id) problems[`${where}.id`] = 'a composite needs an id part';
  if (!title) problems[`${where}.title`] = 'a composite needs a title part';
  if (!scaleIds.length) problems[`${where}.scale`] = 'a composite needs at least one scale part';
  if (!id || !title || !scaleIds.length) return null;
  const source = text(extension, 'source');
  return { id, title, scaleIds, ...(source ? { source } : {}) };
}
