import { exerciseById } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { distressWords, durationWords, ratingWords, shownAnswers } from './practice-record';

describe('shownAnswers', () => {
  it('puts the answers in the exercise’s step order under each step’s title and prompt, whatever order they were stored in', () => {
    const worksheet = exerciseById('core-belief-worksheet')!;
    const shown = shownAnswers(worksheet, { 'strength-after': 65, 'evidence-against': 'my friends\nkeep calling', belief: 'I am not enough', 'strength-before': 80 });
    expect(shown.map((answer) => answer.stepId)).toEqual(['belief', 'strength-before', 'evidence-against', 'strength-after']);
    expect(shown[0]).toEqual({
      stepId: 'belief', title: 'Name the belief', prompt: 'What is the belief about yourself? Write it the way you say it to yourself.',
      shown: { type: 'text', text: 'I am not enough' },
    });
    expect(shown[1]!.shown).toEqual({ type: 'line', text: '80 out of 100' });
    expect(shown[2]!.shown).toEqual({ type: 'text', text: 'my friends\nkeep calling' });
  });

  it('reads a list as entries and a timer’s check-ins as one line', () => {
    expect(shownAnswers(exerciseById('riding-an-urge'), { ride: [8, 6, 5] })).toEqual([
      { stepId: 'ride', title: 'Ride the wave', prompt: 'How strong is the urge now, from 0 to 10?', shown: { type: 'line', text: 'Check-ins: 8, 6, 5' } },
    ]);
    const grounding = exerciseById('five-senses-grounding')!;
    const list = grounding.steps.find((step) => step.type === 'list')!;
    expect(shownAnswers(grounding, { [list.id]: ['the lamp', 'my hands'] })[0]!.shown).toEqual({ type: 'list', entries: ['the lamp', 'my hands'] });
  });

  it('keeps answers to steps the exercise no longer has, last, under their id', () => {
    const shown = shownAnswers(exerciseById('core-belief-worksheet'), { 'old-step': 'still mine', belief: 'x', 'old-levels': [3, 2] });
    expect(shown.map((answer) => [answer.title, answer.prompt, answer.shown])).toEqual([
      ['Name the belief', expect.any(String), { type: 'text', text: 'x' }],
      ['old-step', null, { type: 'text', text: 'still mine' }],
      ['old-levels', null, { type: 'line', text: '3, 2' }],
    ]);
    expect(shownAnswers(undefined, { gone: 4 })).toEqual([{ stepId: 'gone', title: 'gone', prompt: null, shown: { type: 'line', text: '4' } }]);
  });

  it('shows an answer that no longer fits its step as it was stored', () => {
    expect(shownAnswers(exerciseById('core-belief-worksheet'), { 'strength-before': 'a lot' })[0]!.shown).toEqual({ type: 'text', text: 'a lot' });
  });
});

describe('the words around a practice', () => {
  it('says a rating with its scale', () => {
    expect(ratingWords(80, 0, 100)).toBe('80 out of 100');
    expect(ratingWords(4, 1, 5)).toBe('4 on a scale from 1 to 5');
  });

  it('says how long and the distress before and after', () => {
    expect(durationWords(20)).toBe('under a minute');
    expect(durationWords(900)).toBe('15 min');
    expect(distressWords({ distressBefore: 7, distressAfter: 4 })).toBe('7 → 4');
    expect(distressWords({ distressBefore: 7, distressAfter: null })).toBe('7 at the start');
    expect(distressWords({ distressBefore: null, distressAfter: null })).toBeNull();
  });
});
