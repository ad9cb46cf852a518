import { Link } from 'react-router';

/** Whatever the reason (stopped, ended, never shared), one kind answer: the person decides. */
export function NotSharing() {
  return (
    <div className="empty-state" role="status">
      <p>This person is not sharing with you now.</p>
      <p className="hint">Sharing is theirs to start, change or stop. If they share again, they will show in your list.</p>
      <p><Link to="/people">Back to the people who share with you</Link></p>
    </div>
  );
}
