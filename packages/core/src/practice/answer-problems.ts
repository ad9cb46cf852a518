import type { Exercise, ExerciseStep, PracticeAnswer } from './exercise-types';
import { exerciseById } from './exercises/index';

export interface AnswerProblem {
  /** The step id under `answers`. */
  stepId: string;
  message: string;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function problemWith(step: ExerciseStep, value: PracticeAnswer): string | null {
  switch (step.type) {
    case 'instruction':
    case 'pacer':
      return 'this step records no answer';
    case 'writing':
      if (!isText(value)) return 'must be text';
      return value.length > step.maxLength ? `must be at most ${step.maxLength} characters` : null;
    case 'rating':
      if (!isWhole(value) || value < step.min || value > step.max) return `must be a whole number from ${step.min} to ${step.max}`;
      return null;
    case 'list':
      if (!Array.isArray(value) || !value.every(isText)) return 'must be a list of text entries';
      if (value.length > step.count) return `must have at most ${step.count} entries`;
      return value.some((entry) => entry.length > 300) ? 'each entry must be at most 300 characters' : null;
    case 'timer': {
      if (step.checkInEverySeconds === undefined) return 'this step records no answer';
      const most = Math.floor(step.seconds / step.checkInEverySeconds) + 1;
      if (!Array.isArray(value) || !value.every((entry) => isWhole(entry) && entry >= 0 && entry <= 10)) {
        return 'must be a list of whole numbers from 0 to 10';
      }
      return value.length > most ? `must have at most ${most} check-ins` : null;
    }
  }
}

/**
 * What is wrong with a practice's answers for its exercise: every key must be a step that records
 * something, holding the kind of value that step records. Missing answers are fine (a person may
 * step back, or skip an optional question).
 */
export function answerProblems(exercise: Exercise, answers: Readonly<Record<string, PracticeAnswer>>): AnswerProblem[] {
  const steps = new Map(exercise.steps.map((step) => [step.id, step]));
  const problems: AnswerProblem[] = [];
  for (const [stepId, value] of Object.entries(answers)) {
    const step = steps.get(stepId);
    const message = step ? problemWith(step, value) : `is not a step of "${exercise.id}"`;
    if (message) problems.push({ stepId, message });
  }
  return problems;
}

/**
 * A practice's exercise and answers, checked against Mend's exercises: problems by field
 * ("exerciseId", "answers.strength-before"), empty when all is well. The server runs it on every
 * practice it records; the schema checks only the shape.
 */
export function practiceAnswerProblems(practice: { exerciseId: string | null; answers: Readonly<Record<string, PracticeAnswer>> }): Record<string, string> {
  if (practice.exerciseId === null) return {};
  const exercise = exerciseById(practice.exerciseId);
  if (!exercise) return { exerciseId: 'must be one of Mend\'s guided exercises' };
  return Object.fromEntries(answerProblems(exercise, practice.answers).map((problem) => [`answers.${problem.stepId}`, problem.message]));
}
