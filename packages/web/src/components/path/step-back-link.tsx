import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { SteppedBackState } from '../practice/exercise-runner';
import { stepBackPath } from '../practice/step-back-target';
import '../practice/practice.css';

/**
 * The path is healing work too, so stepping back into coping is one tap here as well: it opens
 * the same coping exercise a step back from an exercise would, with the same kind words.
 */
export function StepBackLink() {
  const queryClient = useQueryClient();
  const state: SteppedBackState = { steppedBackFrom: 'your healing path', placeKept: false };
  return (
    <div className="step-back-bar">
      <Link className="step-back-button" to={stepBackPath(queryClient)} state={state}>Step back into coping</Link>
    </div>
  );
}
