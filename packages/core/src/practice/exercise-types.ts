import type { SkillKind } from '../schemas/skill';

/**
 * A guided exercise is a short run of steps on one screen each. The step's type says how the
 * screen behaves and what, if anything, it records in the practice's `answers` under the step's id.
 */
export type ExerciseStep =
  /** Something to read and do; records nothing. */
  | { type: 'instruction'; id: string; title: string; body: string }
  /**
   * A breathing pacer: in, hold, out, hold, in seconds (0 = no hold), for a number of rounds.
   * Animated unless the person prefers reduced motion; always with a text countdown. Records nothing.
   */
  | { type: 'pacer'; id: string; title: string; body: string; pattern: BreathPattern; rounds: number }
  /**
   * A timer. With `checkInEverySeconds`, it asks "how strong is it now?" (0–10) at each interval
   * and records those numbers, in order (number[]). With `cues`, it shows each cue from its
   * second on (a body scan). Without either, it records nothing.
   */
  | {
    type: 'timer'; id: string; title: string; body: string; seconds: number;
    checkInEverySeconds?: number; checkInPrompt?: string;
    cues?: readonly { at: number; text: string }[];
  }
  /** Up to `count` short entries ("five things you can see"); records string[]. */
  | { type: 'list'; id: string; title: string; prompt: string; count: number; itemLabel: string; optional: boolean }
  /** A written answer; records a string. */
  | { type: 'writing'; id: string; title: string; prompt: string; hint?: string; optional: boolean; maxLength: number }
  /** A rating from min to max with words for both ends; records a whole number. */
  | { type: 'rating'; id: string; title: string; prompt: string; min: number; max: number; lowLabel: string; highLabel: string; optional: boolean };

export type ExerciseStepType = ExerciseStep['type'];

/** Seconds for each phase of a breath. */
export interface BreathPattern {
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

export interface Exercise {
  /** Slug, stable: practices store it. */
  id: string;
  /** The catalogue skill a practice of this exercise counts as. */
  skillId: string;
  kind: Extract<SkillKind, 'coping' | 'healing'>;
  title: string;
  /** One or two sentences shown before starting. */
  summary: string;
  /** About how long it takes, for the list ("about 2 minutes"). */
  minutes: number;
  /** Deep work: the screen says plainly it is best done with a therapist's support. */
  bestWithTherapist: boolean;
  steps: readonly ExerciseStep[];
  /**
   * For worksheets that rate a belief before and after: the ids of the belief's text and of the
   * two ratings, so progress can see a belief held less strongly than before.
   */
  beliefRating?: { beliefStepId: string; beforeStepId: string; afterStepId: string };
}

/** What one answer may hold: text, a rating, a list of entries, or a timer's check-ins. */
export type PracticeAnswer = string | number | readonly string[] | readonly number[];
