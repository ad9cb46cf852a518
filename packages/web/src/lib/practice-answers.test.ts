import type { Exercise } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { cleanAnswers, minutesWords, missingAnswer, practiceBody } from './practice-answers';
import type { PracticeDraft } from './practice-draft';

const exercise: Exercise = {
  id: 'core-belief-worksheet', skillId: 'challenging-core-beliefs', kind: 'healing', title: 'Worksheet', summary: 'S',
  minutes: 15, bestWithTherapist: false,
  steps: [
    { type: 'instruction', id: 'intro', title: 'Intro', body: 'Read' },
    { type: 'writing', id: 'belief', title: 'Belief', prompt: 'What?', optional: false, maxLength: 10 },
    { type: 'rating', id: 'before', title: 'Before', prompt: 'How much?', min: 0, max: 100, lowLabel: 'no', highLabel: 'yes', optional: false },
    { type: 'list', id: 'see', title: 'See', prompt: 'See', count: 3, itemLabel: 'a thing', optional: true },
    { type: 'timer', id: 'ride', title: 'Ride', body: 'Ride', seconds: 120, checkInEverySeconds: 60 },
  ],
};

const draft = (overrides: Partial<PracticeDraft> = {}): PracticeDraft => ({
  version: 1, exerciseId: exercise.id, practiceId: 'p1', stage: 'finish', stepIndex: 0,
  startedAt: '2026-12-01T10:00:00.000Z', endedAt: null, distressBefore: 6, distressAfter: 4, notes: '  ',
  answers: {}, timerMs: {}, pathAreaId: null, steppedBackAt: null, pendingStepBacks: [], ...overrides,
});

describe('practice answers', () => {
  it('sends only what holds something, trimmed and within the limits', () => {
    expect(cleanAnswers(exercise, {
      intro: 'x', belief: '  I am too much, always  ', before: 70, see: ['', ' a lamp ', 'the door'], ride: [7, 6, 5, 4],
    })).toEqual({ belief: 'I am too m', before: 70, see: ['a lamp', 'the door'], ride: [7, 6, 5] });
    expect(cleanAnswers(exercise, { belief: '   ', see: ['', ''], ride: [] })).toEqual({});
  });

  it('asks for an answer only on steps that are not optional', () => {
    expect(missingAnswer(exercise.steps[1]!, '  ')).toMatch(/Write a few words/);
    expect(missingAnswer(exercise.steps[1]!, 'I am')).toBeNull();
    expect(missingAnswer(exercise.steps[2]!, undefined)).toMatch(/Choose a number/);
    expect(missingAnswer(exercise.steps[3]!, undefined)).toBeNull();
    expect(missingAnswer(exercise.steps[0]!, undefined)).toBeNull();
  });

  it('builds the practice with its measured duration; a step back has no "after"', () => {
    const endedAtMs = Date.parse('2026-12-01T10:12:30.400Z');
    expect(practiceBody(exercise, draft({ answers: { before: 70 }, pathAreaId: 'core-beliefs' }), { endedAtMs, steppedBack: false })).toEqual({
      id: 'p1', skillId: 'challenging-core-beliefs', exerciseId: 'core-belief-worksheet', startedAt: '2026-12-01T10:00:00.000Z',
      durationSeconds: 750, distressBefore: 6, distressAfter: 4, notes: null, steppedBack: false, answers: { before: 70 }, pathAreaId: 'core-beliefs',
    });
    expect(practiceBody(exercise, draft({ notes: ' felt lighter ' }), { endedAtMs, steppedBack: true })).toMatchObject({
      steppedBack: true, distressAfter: null, notes: 'felt lighter',
    });
  });

  it('says how long the way a person would', () => {
    expect(minutesWords(20)).toBe('a moment');
    expect(minutesWords(70)).toBe('a minute');
    expect(minutesWords(600)).toBe('ten minutes');
    expect(minutesWords(25 * 60)).toBe('25 minutes');
  });
});
