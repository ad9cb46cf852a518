import { Link } from 'react-router';
import { minutesWords } from '../../lib/practice-answers';

/** A short, kind acknowledgement, and where to go next. */
export function SavedStage({ durationSeconds }: { durationSeconds: number }) {
  return (
    <div className="practice-stage saved-panel" role="status">
      <h2 tabIndex={-1} data-stage-heading>Saved</h2>
      <p className="saved-message">You gave yourself {minutesWords(durationSeconds)} of care.</p>
      <ul className="action-list">
        <li><Link className="button-secondary" to="/practice">Back to Practice</Link></li>
        <li><Link className="button-secondary" to="/progress">See my progress</Link></li>
      </ul>
    </div>
  );
}
