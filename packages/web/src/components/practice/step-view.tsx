import type { ExerciseStep, PracticeAnswer } from '@mend/core';
import { ListStep } from './list-step';
import { PacerStep } from './pacer-step';
import { RatingStep } from './rating-step';
import { StepText } from './step-text';
import { TimerStep } from './timer-step';
import { WritingStep } from './writing-step';

interface StepViewProps {
  step: ExerciseStep;
  value: PracticeAnswer | undefined;
  onChange: (value: PracticeAnswer) => void;
  error: string | undefined;
  timerMs: number;
  onTimerProgress: (elapsedMs: number) => void;
}

/** The body of one step, by its type. The heading, progress and Back/Next are the runner's. */
export function StepView({ step, value, onChange, error, timerMs, onTimerProgress }: StepViewProps) {
  switch (step.type) {
    case 'instruction':
      return <StepText text={step.body} />;
    case 'pacer':
      return <PacerStep step={step} />;
    case 'timer':
      return <TimerStep step={step} value={value} onChange={onChange} initialMs={timerMs} onProgress={onTimerProgress} />;
    case 'list':
      return <ListStep step={step} value={value} onChange={onChange} error={error} />;
    case 'writing':
      return <WritingStep step={step} value={value} onChange={onChange} error={error} />;
    case 'rating':
      return <RatingStep step={step} value={value} onChange={onChange} error={error} />;
  }
}
