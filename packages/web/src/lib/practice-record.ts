import type { Exercise, ExerciseStep, Practice, PracticeAnswer } from '@mend/core';

/** How an answer reads back: kept text (line breaks and all), a list of entries, or one line. */
export type AnswerShown =
  | { type: 'text'; text: string }
  | { type: 'list'; entries: readonly string[] }
  | { type: 'line'; text: string };

export interface ShownAnswer {
  stepId: string;
  /** The step's title, or its id when the exercise no longer has that step. */
  title: string;
  prompt: string | null;
  shown: AnswerShown;
}

const isTexts = (value: PracticeAnswer): value is readonly string[] => Array.isArray(value) && value.every((entry) => typeof entry === 'string');
const isNumbers = (value: PracticeAnswer): value is readonly number[] => Array.isArray(value) && value.every((entry) => typeof entry === 'number');

/** "80 out of 100", or the whole scale when it does not start at 0. */
export function ratingWords(value: number, min: number, max: number): string {
  return min === 0 ? `${value} out of ${max}` : `${value} on a scale from ${min} to ${max}`;
}

/** Any answer by what it holds: used when the step has changed or is gone, so nothing is hidden. */
function shownAsStored(value: PracticeAnswer): AnswerShown {
  if (typeof value === 'string') return { type: 'text', text: value };
  if (typeof value === 'number') return { type: 'line', text: String(value) };
  if (value.length > 0 && isTexts(value)) return { type: 'list', entries: value };
  return { type: 'line', text: value.join(', ') };
}

function shownFor(step: ExerciseStep, value: PracticeAnswer): AnswerShown {
  if (step.type === 'rating' && typeof value === 'number') return { type: 'line', text: ratingWords(value, step.min, step.max) };
  if (step.type === 'timer' && isNumbers(value)) return { type: 'line', text: `Check-ins: ${value.join(', ')}` };
  return shownAsStored(value);
}

function promptOf(step: ExerciseStep): string | null {
  if ('prompt' in step) return step.prompt;
  if (step.type === 'timer') return step.checkInPrompt ?? null;
  return null;
}

/**
 * A practice's answers in the exercise's step order, each under its step's title and prompt;
 * answers to steps the exercise no longer has come last, under their id.
 */
export function shownAnswers(exercise: Exercise | undefined, answers: Readonly<Record<string, PracticeAnswer>>): ShownAnswer[] {
  const steps = exercise?.steps ?? [];
  const known = steps.flatMap((step) => {
    const value = answers[step.id];
    return value === undefined ? [] : [{ stepId: step.id, title: step.title, prompt: promptOf(step), shown: shownFor(step, value) }];
  });
  const stepIds = new Set(steps.map((step) => step.id));
  const left = Object.entries(answers)
    .filter(([stepId]) => !stepIds.has(stepId))
    .map(([stepId, value]) => ({ stepId, title: stepId, prompt: null, shown: shownAsStored(value) }));
  return [...known, ...left];
}

/** "under a minute", "15 min". */
export function durationWords(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  return minutes < 1 ? 'under a minute' : `${minutes} min`;
}

/** "7 → 4", or the one level there is; null when neither was given. */
export function distressWords(practice: Pick<Practice, 'distressBefore' | 'distressAfter'>): string | null {
  const { distressBefore: before, distressAfter: after } = practice;
  if (before !== null && after !== null) return `${before} → ${after}`;
  if (before !== null) return `${before} at the start`;
  if (after !== null) return `${after} at the end`;
  return null;
}
