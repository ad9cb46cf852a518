import { describe, expect, it } from 'vitest';
import { MEND_COMPOSITE_URL, MEND_SCALE_URL, ORDINAL_VALUE_URL } from './fhir-questionnaire';
import { readQuestionnaire } from './read-questionnaire';
import { scoreAnswers } from './score-answers';

const option = (code: string, score: number) => ({ valueCoding: { code, display: `Answer ${code}` }, extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: score }] });
const choice = (linkId: string, required = true) => ({ linkId, type: 'choice', text: `Question ${linkId}`, required, answerOption: [option('a', 0), option('b', 2)] });
const scale = (id: string, ...items: string[]) => ({
  url: MEND_SCALE_URL,
  extension: [{ url: 'id', valueCode: id }, { url: 'title', valueString: id.toUpperCase() }, ...items.map((item) => ({ url: 'item', valueString: item }))],
});
const questionnaire = (overrides: Record<string, unknown> = {}) => ({
  resourceType: 'Questionnaire',
  url: 'https://clinic.example/Questionnaire/sleep',
  version: '2',
  title: 'Sleep',
  status: 'active',
  meta: { lastUpdated: '2026-01-01T00:00:00Z' },
  extension: [scale('rest', 'q1', 'q2'), { url: MEND_COMPOSITE_URL, extension: [{ url: 'id', valueCode: 'all' }, { url: 'title', valueString: 'All' }, { url: 'scale', valueCode: 'rest' }] }],
  item: [
    { linkId: 'about', type: 'display', text: 'About your sleep' },
    { linkId: 'night', type: 'group', text: 'At night', item: [choice('q1'), choice('q2', false)] },
    { linkId: 'q3', type: 'choice', text: 'How many naps?', answerOption: [{ valueInteger: 0 }, { valueInteger: 1 }, { valueInteger: 2 }] },
  ],
  ...overrides,
});

describe('reading a FHIR Questionnaire', () => {
  it('reads groups, display text, coded and integer answers with their scores, scales and composites; other fields are left alone', () => {
    const result = readQuestionnaire(questionnaire());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { definition } = result;
    expect(definition.questions.map((question) => [question.linkId, question.groupPath, question.required])).toEqual([
      ['q1', ['night'], true], ['q2', ['night'], false], ['q3', [], false],
    ]);
    expect(definition.questions[2]!.choices.map((entry) => [entry.code, entry.score, entry.integer])).toEqual([['0', 0, true], ['1', 1, true], ['2', 2, true]]);
    expect(definition.displays.map((display) => display.text)).toEqual(['About your sleep']);
    expect(definition.scales).toEqual([{ id: 'rest', title: 'REST', itemLinkIds: ['q1', 'q2'], families: [], helpFamilies: [], areaIds: [] }]);
    expect(definition.composites).toEqual([{ id: 'all', title: 'All', scaleIds: ['rest'] }]);
  });

  it('leaves a scale unscored when an optional item of it is not answered', () => {
    const result = readQuestionnaire(questionnaire());
    if (!result.ok) throw new Error('unreadable');
    const partly = scoreAnswers(result.definition, { q1: 'b' });
    expect(partly.ok && partly.scores).toEqual({
      scales: [{ id: 'rest', title: 'REST', score: null, min: 0, max: 4 }],
      composites: [{ id: 'all', title: 'All', score: null, min: 0, max: 4 }],
    });
    const whole = scoreAnswers(result.definition, { q1: 'b', q2: 'a', q3: 2 });
    expect(whole.ok && whole.scores.scales[0]!.score).toBe(2);
  });

  it('names each problem by where it is', () => {
    const result = readQuestionnaire(questionnaire({
      extension: [scale('rest', 'q1', 'missing'), scale('rest', 'q1'), { url: MEND_COMPOSITE_URL, extension: [{ url: 'id', valueCode: 'x' }, { url: 'title', valueString: 'X' }, { url: 'scale', valueCode: 'nope' }] }],
      item: [
        { linkId: 'q1', type: 'choice', text: 'One', answerOption: [{ valueCoding: { code: 'a' } }] },
        { linkId: 'q1', type: 'string', text: 'Free text' },
        { linkId: 'g', type: 'group', text: 'Empty' },
        { linkId: 'q4', type: 'choice', text: 'Four', repeats: true, answerOption: [option('a', 1), option('a', 2)] },
        { linkId: 'q5', type: 'choice', text: 'Five' },
      ],
    }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual({
      'item.0.answerOption.0.extension': `needs a score: an ordinalValue extension (${ORDINAL_VALUE_URL})`,
      'item.1.linkId': '"q1" is used by another item',
      'item.1.type': '"string" items are not supported: use group, display or choice',
      'item.2.item': 'a group needs at least one item',
      'item.3.repeats': 'repeating items are not supported',
      'item.3.answerOption.1': 'repeats another answer\'s code',
      'item.4.answerOption': 'a choice item needs its answer options',
      'extension.0.item.1': '"missing" is not a choice item of this questionnaire',
      'extension.1.id': '"rest" names another scale',
      'extension.2.scale.0': '"nope" is not a scale of this questionnaire',
    });
  });

  it('refuses what is not a Questionnaire, naming the field', () => {
    const wrong = readQuestionnaire({ resourceType: 'Patient', url: 'x', title: 'T', status: 'active', item: [] });
    expect(wrong.ok ? null : wrong.problems).toMatchObject({ resourceType: 'must be "Questionnaire"', item: 'must have at least one item' });
    const untitled = readQuestionnaire(questionnaire({ title: undefined, status: 'published' }));
    expect(untitled.ok ? null : untitled.problems).toMatchObject({ title: 'must be the questionnaire\'s title', status: 'must be draft, active, retired or unknown' });
    expect(readQuestionnaire('not json at all').ok).toBe(false);
  });
});
