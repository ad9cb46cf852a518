import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useSkillName } from '../../api/use-skills';
import { stepHref } from '../../lib/path-draft';
import { dismissedPracticeDay, dismissPracticeFor } from '../../lib/reminders-memory';
import { useDueReminders } from './use-due-reminders';
import './reminders.css';

/** Home's one gentle reminder: a practice planned for today. "Not today" puts it away until the next planned day. */
export function PlannedPracticeBanner() {
  const [dismissed, setDismissed] = useState(dismissedPracticeDay);
  const [putAway, setPutAway] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const { practice } = useDueReminders({ enabled: true, followUps: false, dismissedDay: dismissed });
  const name = useSkillName();

  const notToday = (day: string) => {
    dismissPracticeFor(day);
    setDismissed(day);
    setPutAway(true);
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <>
      <p ref={statusRef} role="status" tabIndex={-1} className="reminder-done">{putAway ? 'Okay, not today. Rest counts too.' : ''}</p>
      {practice && (
        <section className="reminder-banner" aria-labelledby="reminder-banner-heading">
          <h2 id="reminder-banner-heading">A practice is planned for today, whenever you’re ready</h2>
          <p className="hint">{name(practice.next.skillId)}</p>
          <div className="inline-row">
            <Link className="button-primary" to={stepHref(practice.next)}>
              Start<span className="visually-hidden"> {name(practice.next.skillId)}</span>
            </Link>
            <button type="button" className="button-secondary" onClick={() => notToday(practice.day)}>Not today</button>
          </div>
        </section>
      )}
    </>
  );
}
