import type { ExerciseStep, PracticeAnswer } from '@mend/core';

export type StepOf<T extends ExerciseStep['type']> = Extract<ExerciseStep, { type: T }>;

/** What every answering step gets: its step, what is recorded so far, and where to record. */
export interface AnswerProps<T extends ExerciseStep['type']> {
  step: StepOf<T>;
  value: PracticeAnswer | undefined;
  onChange: (value: PracticeAnswer) => void;
  error?: string | undefined;
}
