import { describe, expect, it } from 'vitest';
import { PracticeCreateSchema } from '../schemas/practice';
import { practiceAnswerProblems } from './answer-problems';

const worksheet = (answers: Record<string, unknown>) => ({ exerciseId: 'core-belief-worksheet', answers }) as Parameters<typeof practiceAnswerProblems>[0];

describe('practiceAnswerProblems', () => {
  it('accepts answers that fit their exercise, and a practice without one', () => {
    expect(practiceAnswerProblems(worksheet({ belief: 'I am too much', 'strength-before': 80, 'strength-after': 60 }))).toEqual({});
    expect(practiceAnswerProblems({ exerciseId: null, answers: {} })).toEqual({});
  });

  it('names each answer that does not fit, by its field', () => {
    expect(practiceAnswerProblems(worksheet({ 'strength-before': 101, 'not-a-step': 'x', belief: 3 }))).toEqual({
      'answers.strength-before': 'must be a whole number from 0 to 100',
      'answers.not-a-step': 'is not a step of "core-belief-worksheet"',
      'answers.belief': 'must be text',
    });
  });

  it('names an exercise Mend does not have', () => {
    expect(practiceAnswerProblems({ exerciseId: 'juggling', answers: {} })).toEqual({ exerciseId: 'must be one of Mend\'s guided exercises' });
  });

  it('leaves the exercises out of the schema, which checks only that answers come with an exercise', () => {
    const base = { skillId: 'box-breathing', startedAt: '2026-11-02T21:00:00Z', durationSeconds: 60 };
    expect(PracticeCreateSchema.safeParse({ ...base, exerciseId: 'juggling', answers: { x: 1 } }).success).toBe(true);
    expect(PracticeCreateSchema.safeParse({ ...base, answers: { x: 1 } }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['answers']);
  });
});
