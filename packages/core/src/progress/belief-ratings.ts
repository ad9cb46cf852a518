import type { Exercise } from '../practice/exercise-types';
import type { Practice } from '../schemas/practice';

/** Finds a guided exercise by id; the real list by default, a fixed one in tests. */
export type ExerciseLookup = (id: string) => Exercise | undefined;

/** A belief rated weaker than before, from a worksheet that rates it (an exercise with `beliefRating`). */
export type BeliefWeaker =
  /** Within one worksheet: the re-rating at the end is lower than the rating at the start. */
  | { practice: Practice; belief: string; kind: 'within'; before: number; after: number }
  /** Across worksheets: the same belief, started lower than an earlier worksheet started it (the highest such rating). */
  | { practice: Practice; belief: string; kind: 'across'; before: number; earlier: number };

/**
 * At most one per worksheet, the within-worksheet drop first. The same belief means the same text
 * once trimmed, with case and runs of spaces ignored. Practices must come oldest first.
 */
export function beliefsWeaker(practices: readonly Practice[], exercises: ExerciseLookup): BeliefWeaker[] {
  const highestBefore = new Map<string, number>();
  const found: BeliefWeaker[] = [];
  for (const practice of practices) {
    const rating = practice.exerciseId === null ? undefined : exercises(practice.exerciseId)?.beliefRating;
    if (!rating) continue;
    const text = practice.answers[rating.beliefStepId];
    const belief = typeof text === 'string' ? text.trim().replace(/\s+/g, ' ') : '';
    const before = numberOrNull(practice.answers[rating.beforeStepId]);
    const after = numberOrNull(practice.answers[rating.afterStepId]);
    const key = belief.toLocaleLowerCase('en');
    const earlier = belief === '' ? undefined : highestBefore.get(key);
    if (before !== null && after !== null && after < before) found.push({ practice, belief, kind: 'within', before, after });
    else if (before !== null && earlier !== undefined && before < earlier) found.push({ practice, belief, kind: 'across', before, earlier });
    if (before !== null && belief !== '') highestBefore.set(key, Math.max(earlier ?? before, before));
  }
  return found;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
