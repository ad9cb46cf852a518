import { exerciseById, type Practice } from '@mend/core';
import { Link } from 'react-router';
import { useRecentPractices } from '../../api/use-practices';
import { useSkillName } from '../../api/use-skills';
import { durationWords } from '../../lib/practice-record';

function practiceLine(practice: Practice): string {
  const parts = [new Date(practice.startedAt).toLocaleString(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' })];
  parts.push(durationWords(practice.durationSeconds));
  if (practice.distressBefore !== null && practice.distressAfter !== null) parts.push(`distress ${practice.distressBefore} → ${practice.distressAfter}`);
  return parts.join(' · ');
}

/** The person's last few practices: what, when, and a stepped-back one said kindly; each opens to what was written. */
export function RecentPractices() {
  const practices = useRecentPractices(5);
  const skillName = useSkillName();

  if (practices.isPending) return <p>Loading your practices…</p>;
  // Calm: with the server away the exercises themselves still work.
  if (practices.isError) return <p>Your recent practices can’t be shown right now. The exercises above still work.</p>;
  if (practices.data.length === 0) {
    return <p className="empty-state">Nothing here yet. When you finish an exercise, it shows here.</p>;
  }
  return (
    <ul className="recent-practices">
      {practices.data.map((practice) => (
        <li key={practice.id} className="recent-practice">
          <Link className="recent-practice-name" to={`/practice/done/${encodeURIComponent(practice.id)}`}>
            {(practice.exerciseId && exerciseById(practice.exerciseId)?.title) || skillName(practice.skillId)}
          </Link>
          <span className="practice-meta">{practiceLine(practice)}</span>
          {practice.steppedBack && <span className="recent-practice-note">You stepped back into coping when you needed to.</span>}
        </li>
      ))}
    </ul>
  );
}
