import type { ExerciseStep, PracticeAnswer } from '@mend/core';
import { StepView } from './step-view';

interface StepsStageProps {
  step: ExerciseStep;
  index: number;
  total: number;
  value: PracticeAnswer | undefined;
  onChange: (value: PracticeAnswer) => void;
  error: string | undefined;
  timerMs: number;
  onTimerProgress: (elapsedMs: number) => void;
  onBack: () => void;
  onNext: () => void;
}

/** One step: where you are (in words), its heading, its body, Back and Next. */
export function StepsStage({ step, index, total, onBack, onNext, ...body }: StepsStageProps) {
  return (
    <div className="practice-stage" data-step-type={step.type}>
      <p className="practice-progress">Step {index + 1} of {total}</p>
      <div className="practice-progress-bar" aria-hidden="true">
        <div style={{ width: `${((index + 1) / total) * 100}%` }} />
      </div>
      <h2 tabIndex={-1} data-stage-heading>{step.title}</h2>
      {/* Keyed by step, so a timer or pacer starts fresh on its own step and never runs on into the next. */}
      <StepView key={step.id} step={step} {...body} />
      <div className="practice-nav">
        <button type="button" className="button-secondary" onClick={onBack}>Back</button>
        <button type="button" className="button-primary" onClick={onNext}>Next</button>
      </div>
    </div>
  );
}
