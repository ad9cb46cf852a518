import { describe, expect, it } from 'vitest';
import { COPING_STYLES_ID, copingStylesQuestionnaire, maladaptiveCheckQuestionnaire } from './built-in/index';
import type { QuestionnaireDefinition } from './questionnaire-definition';
import { readQuestionnaire } from './read-questionnaire';
import { scoreAnswers, type QuestionnaireAnswers, type QuestionnaireScores } from './score-answers';

const read = (resource: unknown): QuestionnaireDefinition => {
  const result = readQuestionnaire(resource);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.definition;
};
const copingStyles = read(copingStylesQuestionnaire);
const maladaptive = read(maladaptiveCheckQuestionnaire);

/** The published key, written out again by hand so a slip in the questionnaire shows here. */
const COPING_KEY: Record<string, [number, number]> = {
  'self-distraction': [1, 19],
  'active-coping': [2, 7],
  denial: [3, 8],
  'substance-use': [4, 11],
  'emotional-support': [5, 15],
  'instrumental-support': [10, 23],
  'behavioural-disengagement': [6, 16],
  venting: [9, 21],
  'positive-reframing': [12, 17],
  planning: [14, 25],
  humour: [18, 28],
  acceptance: [20, 24],
  religion: [22, 27],
  'self-blame': [13, 26],
};
const COMPOSITES: Record<string, string[]> = {
  'problem-focused': ['active-coping', 'planning', 'instrumental-support'],
  'emotion-focused': ['acceptance', 'emotional-support', 'positive-reframing', 'humour', 'religion'],
  avoidant: ['denial', 'self-distraction', 'substance-use', 'behavioural-disengagement', 'venting', 'self-blame'],
};

const all = (definition: QuestionnaireDefinition, value: string): Record<string, string> =>
  Object.fromEntries(definition.questions.map((question) => [question.linkId, value]));

const scored = (definition: QuestionnaireDefinition, answers: QuestionnaireAnswers): QuestionnaireScores => {
  const result = scoreAnswers(definition, answers);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scores;
};
const scaleScore = (scores: QuestionnaireScores, id: string) => scores.scales.find((scale) => scale.id === id)!.score;
const compositeScore = (scores: QuestionnaireScores, id: string) => scores.composites.find((composite) => composite.id === id)!.score;

describe('coping styles', () => {
  it('has 28 required statements answered 1–4, 14 scales of two items each as the key says, and no total', () => {
    expect(copingStyles.questions.map((question) => question.linkId)).toEqual(Array.from({ length: 28 }, (_, index) => String(index + 1)));
    for (const question of copingStyles.questions) {
      expect(question.required).toBe(true);
      expect(question.choices.map((choice) => [choice.code, choice.score])).toEqual([['1', 1], ['2', 2], ['3', 3], ['4', 4]]);
    }
    expect(Object.fromEntries(copingStyles.scales.map((scale) => [scale.id, scale.itemLinkIds.map(Number)]))).toEqual(COPING_KEY);
    expect(Object.fromEntries(copingStyles.composites.map((composite) => [composite.id, composite.scaleIds]))).toEqual(COMPOSITES);
    expect(copingStyles.url).toBe(`urn:mend:fhir:Questionnaire:${COPING_STYLES_ID}`);
  });

  it('scores 2 on every scale with all 1s and 8 with all 4s; composites are the sums of their scales', () => {
    for (const [value, expected] of [['1', 2], ['4', 8]] as const) {
      const scores = scored(copingStyles, all(copingStyles, value));
      for (const scale of scores.scales) expect([scale.id, scale.score, scale.min, scale.max]).toEqual([scale.id, expected, 2, 8]);
      for (const [id, scales] of Object.entries(COMPOSITES)) {
        const composite = scores.composites.find((entry) => entry.id === id)!;
        expect([composite.score, composite.min, composite.max]).toEqual([expected * scales.length, 2 * scales.length, 8 * scales.length]);
      }
    }
  });

  it('moves exactly one scale, and the composites holding it, when one answer changes', () => {
    const base = all(copingStyles, '2');
    const before = scored(copingStyles, base);
    for (const [scaleId, items] of Object.entries(COPING_KEY)) {
      for (const item of items) {
        const after = scored(copingStyles, { ...base, [String(item)]: '4' });
        for (const scale of after.scales) {
          expect([item, scale.id, scale.score]).toEqual([item, scale.id, scale.id === scaleId ? 6 : 4]);
        }
        for (const [compositeId, scales] of Object.entries(COMPOSITES)) {
          const expected = compositeScore(before, compositeId)! + (scales.includes(scaleId) ? 2 : 0);
          expect([item, compositeId, compositeScore(after, compositeId)]).toEqual([item, compositeId, expected]);
        }
      }
    }
  });

  it('adds a scale\'s two items, whatever the mix', () => {
    const answers = { ...all(copingStyles, '1'), 1: '3', 19: '4', 2: '2', 7: '1', 13: '4', 26: '4' };
    const scores = scored(copingStyles, answers);
    expect(scaleScore(scores, 'self-distraction')).toBe(7);
    expect(scaleScore(scores, 'active-coping')).toBe(3);
    expect(scaleScore(scores, 'self-blame')).toBe(8);
    expect(compositeScore(scores, 'avoidant')).toBe(7 + 8 + 2 * 4);
    expect(compositeScore(scores, 'problem-focused')).toBe(3 + 2 + 2);
  });

  it('takes answers as codes or numbers', () => {
    const numbers = Object.fromEntries(Object.entries(all(copingStyles, '3')).map(([linkId, code]) => [linkId, Number(code)]));
    expect(scored(copingStyles, numbers)).toEqual(scored(copingStyles, all(copingStyles, '3')));
  });

  it('names every missing, out-of-range or unknown answer by its item', () => {
    const answers: Record<string, string | number> = { ...all(copingStyles, '2'), 5: 5, 9: '0', 'not-a-question': '1' };
    delete answers['14'];
    const result = scoreAnswers(copingStyles, answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual({
      'answers.14': 'needs an answer',
      'answers.5': '5 is not one of its answers: choose 1, 2, 3, 4',
      'answers.9': '"0" is not one of its answers: choose 1, 2, 3, 4',
      'answers.not-a-question': 'is not a question of this questionnaire',
    });
  });

  it('does not take an answer from the object\'s prototype', () => {
    const answers = Object.create({ 1: '4' }) as Record<string, string>;
    Object.assign(answers, all(copingStyles, '2'));
    delete answers['1'];
    const result = scoreAnswers(copingStyles, answers);
    expect(result.ok ? null : result.problems['answers.1']).toBe('needs an answer');
  });
});

describe('the maladaptive coping check', () => {
  const PATTERNS: Record<string, string[]> = {
    avoidance: ['avoid-1', 'avoid-2', 'avoid-only'],
    numbing: ['numb-1', 'numb-2', 'numb-only'],
    overworking: ['work-1', 'work-2', 'work-only'],
    'people-pleasing': ['please-1', 'please-2', 'please-only'],
    'only-way': ['avoid-only', 'numb-only', 'work-only', 'please-only'],
  };

  it('scores each pattern from its three statements and "becoming the only way" from the four that ask it', () => {
    expect(Object.fromEntries(maladaptive.scales.map((scale) => [scale.id, scale.itemLinkIds]))).toEqual(PATTERNS);
    for (const [value, score] of [['1', 1], ['4', 4]] as const) {
      const scores = scored(maladaptive, all(maladaptive, value));
      for (const [id, items] of Object.entries(PATTERNS)) {
        const scale = scores.scales.find((entry) => entry.id === id)!;
        expect([id, scale.score, scale.min, scale.max]).toEqual([id, score * items.length, items.length, 4 * items.length]);
      }
    }
  });

  it('moves the scales holding an item, and only those, when that answer changes', () => {
    const base = all(maladaptive, '1');
    for (const question of maladaptive.questions) {
      const after = scored(maladaptive, { ...base, [question.linkId]: '3' });
      for (const [id, items] of Object.entries(PATTERNS)) {
        expect([question.linkId, id, scaleScore(after, id)]).toEqual([question.linkId, id, items.length + (items.includes(question.linkId) ? 2 : 0)]);
      }
    }
  });
});
