import { EXERCISES, exerciseById, exerciseForSkill, type Exercise } from '@mend/core';

/** The coping exercise a step back opens when the person's own data names none. */
export const DEFAULT_COPING_EXERCISE_ID = 'box-breathing';

/**
 * Where "Step back into coping" goes: the first of the person's own soothing skills (from their
 * insights, in that order) that has a guided coping exercise, else box breathing, else the first
 * coping exercise Mend has.
 */
export function copingExerciseForStepBack(soothingSkillIds: readonly string[]): Exercise | undefined {
  for (const skillId of soothingSkillIds) {
    const exercise = exerciseForSkill(skillId);
    if (exercise?.kind === 'coping') return exercise;
  }
  const fallback = exerciseById(DEFAULT_COPING_EXERCISE_ID);
  if (fallback?.kind === 'coping') return fallback;
  return EXERCISES.find((exercise) => exercise.kind === 'coping');
}
