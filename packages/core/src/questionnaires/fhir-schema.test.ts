import { beforeAll, describe, expect, it } from 'vitest';
import clinicExample from '../../../../docs/examples/questionnaire-example.json' with { type: 'json' };
import { BUILT_IN_QUESTIONNAIRES } from './built-in/index';
import { MEND_SCORE_URL } from './fhir-questionnaire';
import { createFhirSchemaValidator, type FhirSchemaValidator } from './fhir-schema-validator.test-support';
import type { QuestionnaireDefinition } from './questionnaire-definition';
import { toQuestionnaireResponse, type FhirQuestionnaireResponse, type FhirQuestionnaireResponseItem } from './questionnaire-response';
import { readQuestionnaire } from './read-questionnaire';
import { scoreAnswers, type QuestionnaireAnswers } from './score-answers';

// The published FHIR R4 JSON schema is 3.5 MB: compiled once for the file (about 5 s on a laptop).
let fhir: FhirSchemaValidator;
beforeAll(() => {
  fhir = createFhirSchemaValidator();
}, 120_000);

const AUTHORED_AT = '2026-11-22T20:00:00.000Z';
const RESPONSE_ID = '3f0c8a52-6a1e-4c3b-9d7e-2b5f1e8a9c40';

const read = (resource: unknown): QuestionnaireDefinition => {
  const result = readQuestionnaire(resource);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.definition;
};

/** Scores the answers for real and writes the QuestionnaireResponse, as the export does. */
function respond(definition: QuestionnaireDefinition, answers: QuestionnaireAnswers): FhirQuestionnaireResponse {
  const scored = scoreAnswers(definition, answers);
  if (!scored.ok) throw new Error(JSON.stringify(scored.problems));
  return toQuestionnaireResponse(definition, {
    id: RESPONSE_ID,
    authoredAt: AUTHORED_AT,
    answers: Object.fromEntries([...scored.chosen].map(([linkId, choice]) => [linkId, choice.code])),
    scores: scored.scores,
  });
}

/** The response's items as a tree of linkIds, for comparing with the questionnaire's nesting. */
type Shape = string | { [linkId: string]: Shape[] };
const shapeOf = (items: readonly FhirQuestionnaireResponseItem[]): Shape[] =>
  items.map((item) => (item.item ? { [item.linkId]: shapeOf(item.item) } : item.linkId));

const scoresIn = (response: FhirQuestionnaireResponse) =>
  Object.fromEntries((response.extension ?? []).map((extension) => {
    expect(extension.url).toBe(MEND_SCORE_URL);
    const [kind, score] = extension.extension!;
    return [`${kind!.url}:${kind!.valueCode}`, score!.valueDecimal];
  }));

describe('the FHIR R4 schema check itself', () => {
  it('compiles the published schema', () => {
    expect(fhir.compileMs).toBeGreaterThan(0);
    console.info(`FHIR R4 JSON schema compiled in ${Math.round(fhir.compileMs)} ms`);
  });

  it('rejects a response with a status FHIR does not have', () => {
    const response = { ...respond(read(BUILT_IN_QUESTIONNAIRES[1]!.resource), allAnswered(read(BUILT_IN_QUESTIONNAIRES[1]!.resource))), status: 'done' };
    expect(fhir.problemsOf(response)).toContain('resource.status: must be equal to one of the allowed values');
  });

  it('rejects a resource without its resourceType, or with one FHIR does not have', () => {
    const { resourceType: _, ...withoutType } = respond(read(BUILT_IN_QUESTIONNAIRES[1]!.resource), allAnswered(read(BUILT_IN_QUESTIONNAIRES[1]!.resource)));
    expect(fhir.problemsOf(withoutType)).toEqual(['resource: is not any FHIR R4 resource (is resourceType missing or unknown?)']);
    expect(fhir.problemsOf({ ...withoutType, resourceType: 'SelfCheck' })).not.toEqual([]);
  });

  it('rejects an element FHIR does not define, an answer of the wrong type and a malformed time', () => {
    const questionnaire = structuredClone(BUILT_IN_QUESTIONNAIRES[0]!.resource);
    (questionnaire.item[1]!.answerOption![0] as Record<string, unknown>).score = 1;
    expect(fhir.problemsOf(questionnaire)).toEqual(['resource.item.1.answerOption.0: must NOT have additional properties ("score")']);

    const response = respond(read(BUILT_IN_QUESTIONNAIRES[1]!.resource), allAnswered(read(BUILT_IN_QUESTIONNAIRES[1]!.resource)));
    const broken = structuredClone(response) as unknown as { authored: string; item: { answer: unknown[] }[] };
    broken.authored = '22 November 2026';
    broken.item[0]!.answer = [{ valueInteger: 'three' }];
    const problems = fhir.problemsOf(broken);
    expect(problems).toContain('resource.authored: must match pattern "' + DATE_TIME_PATTERN + '"');
    expect(problems.some((problem) => problem.startsWith('resource.item.0.answer.0.valueInteger:'))).toBe(true);
  });

  it('rejects the empty arrays, objects and strings FHIR JSON never has', () => {
    expect(fhir.problemsOf({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [], text: { status: 'generated', div: '' }, meta: {} }))
      .toEqual(['resource.item: is an empty array', 'resource.text.div: is an empty string', 'resource.meta: is an empty object']);
  });
});

const DATE_TIME_PATTERN =
  '^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$';

/** Every question answered, walking through the answers so each option and score is used. */
function allAnswered(definition: QuestionnaireDefinition): Record<string, string> {
  return Object.fromEntries(definition.questions.map((question, index) => [question.linkId, question.choices[index % question.choices.length]!.code]));
}

describe.each(BUILT_IN_QUESTIONNAIRES)('the built-in $id check', ({ resource }) => {
  const definition = read(resource);

  it('is a valid FHIR R4 Questionnaire', () => {
    expect(fhir.problemsOf(resource)).toEqual([]);
  });

  it('answered in full, with its real scores, is a valid FHIR R4 QuestionnaireResponse', () => {
    const answers = allAnswered(definition);
    const response = respond(definition, answers);
    expect(fhir.problemsOf(response)).toEqual([]);
    expect(response.questionnaire).toBe(`${definition.url}|${definition.version}`);
    expect(response.item!.map((item) => item.linkId)).toEqual(definition.questions.map((question) => question.linkId));
    expect(response.item!.map((item) => item.answer![0]!.valueCoding!.code)).toEqual(Object.values(answers));
    const scored = scoreAnswers(definition, answers);
    if (!scored.ok) throw new Error('unscorable');
    expect(scoresIn(response)).toEqual(Object.fromEntries([
      ...scored.scores.scales.map((scale) => [`scale:${scale.id}`, scale.score]),
      ...scored.scores.composites.map((composite) => [`composite:${composite.id}`, composite.score]),
    ]));
  });

  it('answered all lowest and all highest is valid too', () => {
    for (const pick of [0, 3]) {
      const answers = Object.fromEntries(definition.questions.map((question) => [question.linkId, question.choices[pick]!.code]));
      expect(fhir.problemsOf(respond(definition, answers))).toEqual([]);
    }
  });
});

describe('a clinic\'s questionnaire (docs/examples/questionnaire-example.json)', () => {
  const definition = read(clinicExample);
  const answers = {
    'falling-asleep': '30-60',
    'night-waking': 'some-nights',
    'waking-rested': 'not-rested',
    'daytime-sleepiness': 3,
    'screens-in-bed': 'four-or-more',
    'winding-down': 2,
  };

  it('is a valid FHIR R4 Questionnaire', () => {
    expect(fhir.problemsOf(clinicExample)).toEqual([]);
  });

  it('reads with no problems: a text, three groups (one inside another), six questions, two scales and a composite', () => {
    expect(readQuestionnaire(clinicExample).ok).toBe(true);
    expect(definition.displays.map((display) => display.linkId)).toEqual(['intro']);
    expect(definition.groups.map((group) => [group.linkId, group.groupPath])).toEqual([['nights', []], ['days', []], ['evenings', ['days']]]);
    expect(definition.questions.map((question) => [question.linkId, question.required])).toEqual([
      ['falling-asleep', true], ['night-waking', true], ['waking-rested', true], ['daytime-sleepiness', true], ['screens-in-bed', true], ['winding-down', false],
    ]);
    expect(definition.scales.map((scale) => [scale.id, scale.itemLinkIds])).toEqual([
      ['night-sleep', ['falling-asleep', 'night-waking', 'waking-rested']],
      ['day-rest', ['daytime-sleepiness', 'screens-in-bed', 'winding-down']],
    ]);
    expect(definition.composites.map((composite) => [composite.id, composite.scaleIds])).toEqual([['sleep-and-rest', ['night-sleep', 'day-rest']]]);
  });

  it('round-trips: read, scored, written as a QuestionnaireResponse that is valid FHIR R4 and nested as the questionnaire is', () => {
    const response = respond(definition, answers);
    expect(fhir.problemsOf(response)).toEqual([]);
    expect(response.questionnaire).toBe('https://clinic.example.org/fhir/Questionnaire/sleep-and-rest|1.0.0');
    expect(shapeOf(response.item!)).toEqual([
      { nights: ['falling-asleep', 'night-waking', 'waking-rested'] },
      { days: ['daytime-sleepiness', { evenings: ['screens-in-bed', 'winding-down'] }] },
    ]);
    const [nights, days] = response.item!;
    expect(nights!.text).toBe('Your nights');
    expect(nights!.item![2]!.answer).toEqual([{
      valueCoding: { system: 'https://clinic.example.org/fhir/CodeSystem/sleep-answers', code: 'not-rested', display: 'Not rested at all' },
    }]);
    expect(days!.item![0]!.answer).toEqual([{ valueInteger: 3 }]);
    expect(days!.item![1]!.item![1]!.answer).toEqual([{ valueInteger: 2 }]);
    // 2 + 1 + 3 (its score, not its place in the list) and 3 + 2 + 2.
    expect(scoresIn(response)).toEqual({ 'scale:night-sleep': 6, 'scale:day-rest': 7, 'composite:sleep-and-rest': 13 });
  });

  it('leaves out what was not answered, and the scores that needed it', () => {
    const { 'winding-down': _, ...withoutOptional } = answers;
    const response = respond(definition, withoutOptional);
    expect(fhir.problemsOf(response)).toEqual([]);
    expect(shapeOf(response.item!)).toEqual([
      { nights: ['falling-asleep', 'night-waking', 'waking-rested'] },
      { days: ['daytime-sleepiness', { evenings: ['screens-in-bed'] }] },
    ]);
    expect(scoresIn(response)).toEqual({ 'scale:night-sleep': 6 });
  });

  it('with a conditional item or a free-text item, is still valid FHIR but not what Mend reads: each refusal names its place', () => {
    const changed = structuredClone(clinicExample) as unknown as { item: { item?: { item?: Record<string, unknown>[] }[] }[] };
    const evenings = changed.item[2]!.item![1]!.item!;
    evenings[1]!.enableWhen = [{ question: 'screens-in-bed', operator: '!=', answerCoding: { code: 'none' } }];
    evenings.push({ linkId: 'what-helps', type: 'string', text: 'What helps you wind down?' });
    expect(fhir.problemsOf(changed)).toEqual([]);
    const result = readQuestionnaire(changed);
    expect(result.ok ? {} : result.problems).toEqual({
      'item.2.item.1.item.1.enableWhen': 'conditional items (enableWhen) are not supported',
      'item.2.item.1.item.2.type': '"string" items are not supported: use group, display or choice',
    });
  });

  it('with nothing answered (every question optional) is still valid FHIR: no empty item list', () => {
    const allOptional = { ...definition, questions: definition.questions.map((question) => ({ ...question, required: false })) };
    const response = respond(allOptional, {});
    expect(fhir.problemsOf(response)).toEqual([]);
    expect(response.item).toBeUndefined();
    expect(response.extension).toBeUndefined();
  });
});
