import { useState } from 'react';
import { Link } from 'react-router';
import { dayHeading, dayKey, timeOfDay } from '../lib/group-by-day';
import { entryMoment, removeEntry, type OutboxEntry } from '../offline/outbox';
import { RefusedNote } from './refused-note';
import '../offline/offline.css';

interface WaitingMomentsProps {
  /** This person's outbox entries the server's list doesn't show yet. */
  entries: readonly OutboxEntry[];
  skillName: (id: string) => string;
}

/** History's top: moments kept on this device that the server doesn't have yet. */
export function WaitingMoments({ entries, skillName }: WaitingMomentsProps) {
  if (entries.length === 0) return null;
  const now = new Date();
  return (
    <section className="waiting-moments" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">On this device</h2>
      <ul className="moment-list">
        {entries.map((entry) => <WaitingRow key={entry.id} entry={entry} skillName={skillName} now={now} />)}
      </ul>
    </section>
  );
}

function WaitingRow({ entry, skillName, now }: { entry: OutboxEntry; skillName: (id: string) => string; now: Date }) {
  const moment = entryMoment(entry);
  const when = `${dayHeading(dayKey(moment.occurredAt), now)}, ${timeOfDay(moment.occurredAt)}`;
  return (
    <li className="waiting-row">
      <p className="waiting-line">
        <span className="moment-time">{when}</span>{' '}
        <span className="moment-distress">distress {moment.distressBefore} → {moment.distressAfter ?? 'add after'}</span>
        {moment.skillIds.length > 0 && <> <span className="moment-skills">{moment.skillIds.map(skillName).join(', ')}</span></>}
      </p>
      {entry.refused ? (
        <>
          <p className="waiting-mark">Needs a change before it can be sent</p>
          <RefusedNote refusal={entry.refused} />
          <RefusedActions id={entry.id} />
        </>
      ) : (
        <p className="waiting-mark">Waiting to be sent</p>
      )}
    </li>
  );
}

/** Fix it in the full log, or let it go; removing asks once more, keeping is the focused choice. */
function RefusedActions({ id }: { id: string }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <ul className="action-list">
        <li><Link className="button-secondary" to={`/log?fix=${encodeURIComponent(id)}`}>Open in the full log</Link></li>
        <li><button type="button" className="button-secondary" onClick={() => setConfirming(true)}>Remove</button></li>
      </ul>
    );
  }
  return (
    <div role="group" aria-labelledby={`remove-${id}`}>
      <p id={`remove-${id}`}>Remove this moment? The server never got it, so it can’t be brought back.</p>
      <div className="inline-row">
        <button type="button" className="button-secondary" onClick={() => void removeEntry(id)}>Remove</button>
        {/* Keeping is the safe choice, so it takes focus. */}
        <button type="button" className="button-primary" autoFocus onClick={() => setConfirming(false)}>Keep it</button>
      </div>
    </div>
  );
}
