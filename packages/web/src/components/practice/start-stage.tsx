import { STEADY_FIRST_FROM, type Exercise } from '@mend/core';
import { DistressPicker } from '../distress-picker';

interface StartStageProps {
  exercise: Exercise;
  distressBefore: number | null;
  onDistress: (level: number | null) => void;
  onBegin: () => void;
  onPath: boolean;
  /** Healing work only: the same step back as the bar above. */
  onStepBack?: (() => void) | undefined;
}

/** What it is, how long, an optional "how strong now?", and Begin. */
export function StartStage({ exercise, distressBefore, onDistress, onBegin, onPath, onStepBack }: StartStageProps) {
  const steps = exercise.steps.length;
  // The same line "what might help now" draws: from here, steadying comes first. Advice, never a block.
  const steadyFirst = onStepBack !== undefined && distressBefore !== null && distressBefore >= STEADY_FIRST_FROM;
  return (
    <div className="practice-stage">
      <p className="lead">{exercise.summary}</p>
      <p className="practice-meta">
        About {exercise.minutes} {exercise.minutes === 1 ? 'minute' : 'minutes'} · {steps} {steps === 1 ? 'step' : 'steps'}
        {onPath && ' · a step on your healing path'}
      </p>
      {exercise.bestWithTherapist && (
        <p className="therapist-note">This is deep work. It is best done with a therapist’s support, or with one to talk it over with afterwards.</p>
      )}
      <p className="hint">If you like, before you begin (you can skip this):</p>
      <DistressPicker name="distressBefore" legend="How strong is the distress now?" value={distressBefore} onChange={onDistress} />
      <div role="status">
        {steadyFirst && (
          <div className="practice-quiet-note steady-first-note">
            <p>That’s a lot to carry right now. This deeper work can wait, and steadying yourself first often helps.</p>
            <p><button type="button" className="button-secondary" onClick={onStepBack}>Step back into coping</button></p>
            <p>If you’d still like to begin, that’s up to you.</p>
          </div>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onBegin}>Begin</button>
      </div>
    </div>
  );
}
