import type { SharedMomentPage } from '@mend/core';
import { useSkillName } from '../../api/use-skills';
import { AROUSAL_LABELS } from '../../lib/labels';
import { shortDateTime } from '../../lib/local-datetime';

const NOT_SHARED = <span className="not-shared">not shared</span>;

/** The person's moments as shared: what they wrote only when they chose to share it, and "not shared" where they didn't. */
export function SharedMoments({ page }: { page: SharedMomentPage }) {
  const name = useSkillName();
  return (
    <section aria-labelledby="shared-moments-heading">
      <h2 id="shared-moments-heading">Moments</h2>
      {!page.notesShared && <p className="hint">What they wrote (the trigger in their words and the note) is not shared with you.</p>}
      {page.moments.length === 0 ? <p className="empty-state">No moments in this period.</p> : (
        <ul className="shared-list">
          {page.moments.map((moment) => (
            <li key={moment.id} className="shared-item">
              <h3><time dateTime={moment.occurredAt}>{shortDateTime(moment.occurredAt)}</time></h3>
              <p>Distress {moment.distressBefore}{moment.distressAfter !== null && <> → {moment.distressAfter} after</>}
                {moment.followUps.length > 0 && <>, later {moment.followUps.map((followUp) => followUp.distress).join(', ')}</>}
              </p>
              {moment.arousal && <p>Felt: {AROUSAL_LABELS[moment.arousal]}</p>}
              {moment.emotions.length > 0 && <p>Feelings: {moment.emotions.join(', ')}</p>}
              {moment.skillIds.length > 0 && <p>Did: {moment.skillIds.map(name).join(', ')}</p>}
              {moment.triggerTags.length > 0 && <p>Trigger tags: {moment.triggerTags.join(', ')}</p>}
              {moment.contextTags.length > 0 && <p>Where and with whom: {moment.contextTags.join(', ')}</p>}
              {moment.satWithFeeling && <p>Stayed with the feeling instead of pushing it away.</p>}
              <p>Trigger in their words: {page.notesShared ? (moment.trigger ? <span className="shared-text">{moment.trigger}</span> : '—') : NOT_SHARED}</p>
              <p>Note: {page.notesShared ? (moment.note ? <span className="shared-text">{moment.note}</span> : '—') : NOT_SHARED}</p>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor && <p className="hint">Showing the newest {page.moments.length}. Choose a shorter period to see the rest.</p>}
    </section>
  );
}
