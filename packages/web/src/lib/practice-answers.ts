import { MAX_PRACTICE_SECONDS, type Exercise, type ExerciseStep, type PracticeAnswer, type PracticeCreate } from '@mend/core';
import type { PracticeDraft } from './practice-draft';

/** An answer as the request carries it (new arrays, never the draft's own). */
type SentAnswer = string | number | string[] | number[];

/** What a step recorded, ready to send: blank text and blank entries are left out. */
function cleanAnswer(step: ExerciseStep, value: PracticeAnswer | undefined): SentAnswer | undefined {
  if (value === undefined) return undefined;
  switch (step.type) {
    case 'writing': {
      const text = typeof value === 'string' ? value.trim().slice(0, step.maxLength) : '';
      return text ? text : undefined;
    }
    case 'list': {
      const entries = (Array.isArray(value) ? value : [])
        .filter((entry): entry is string => typeof entry === 'string')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .slice(0, step.count);
      return entries.length ? entries : undefined;
    }
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= step.min && value <= step.max ? value : undefined;
    case 'timer': {
      if (step.checkInEverySeconds === undefined || !Array.isArray(value)) return undefined;
      const most = Math.floor(step.seconds / step.checkInEverySeconds) + 1;
      const levels = value.filter((entry): entry is number => typeof entry === 'number').slice(0, most);
      return levels.length ? levels : undefined;
    }
    case 'instruction':
    case 'pacer':
      return undefined;
  }
}

/** The answers by step id, in step order, only the ones with something in them. */
export function cleanAnswers(exercise: Exercise, answers: Readonly<Record<string, PracticeAnswer>>): Record<string, SentAnswer> {
  const clean: Record<string, SentAnswer> = {};
  for (const step of exercise.steps) {
    const value = cleanAnswer(step, answers[step.id]);
    if (value !== undefined) clean[step.id] = value;
  }
  return clean;
}

/** Why Next waits on a step that asks for an answer, or null. Optional steps never wait. */
export function missingAnswer(step: ExerciseStep, value: PracticeAnswer | undefined): string | null {
  if (!('optional' in step) || step.optional || cleanAnswer(step, value) !== undefined) return null;
  switch (step.type) {
    case 'writing':
      return 'Write a few words here, then Next.';
    case 'list':
      return 'Write at least one, then Next.';
    case 'rating':
      return 'Choose a number first, then Next.';
  }
}

/** The practice to send, from the draft as it stands. */
export function practiceBody(
  exercise: Exercise,
  draft: PracticeDraft,
  { endedAtMs, steppedBack }: { endedAtMs: number; steppedBack: boolean },
): PracticeCreate {
  const startedMs = draft.startedAt ? Date.parse(draft.startedAt) : endedAtMs;
  const seconds = Math.round((endedAtMs - startedMs) / 1000);
  const notes = draft.notes.trim();
  return {
    id: draft.practiceId,
    skillId: exercise.skillId,
    exerciseId: exercise.id,
    startedAt: new Date(startedMs).toISOString(),
    durationSeconds: Math.min(MAX_PRACTICE_SECONDS, Math.max(0, seconds)),
    distressBefore: draft.distressBefore,
    distressAfter: steppedBack ? null : draft.distressAfter,
    notes: notes ? notes : null,
    steppedBack,
    answers: cleanAnswers(exercise, draft.answers),
    pathAreaId: draft.pathAreaId,
  };
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "a minute", "ten minutes", "25 minutes": how long, the way a person would say it. */
export function minutesWords(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes <= 1) return seconds < 45 ? 'a moment' : 'a minute';
  return `${NUMBER_WORDS[minutes] ?? minutes} minutes`;
}
