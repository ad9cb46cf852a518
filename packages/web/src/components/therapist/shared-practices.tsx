import { exerciseById, type Practice } from '@mend/core';
import { useSkillName } from '../../api/use-skills';
import { shortDateTime } from '../../lib/local-datetime';
import { distressWords, durationWords, shownAnswers } from '../../lib/practice-record';
import { PracticeAnswers } from '../practice/practice-answers';

/** Guided practices and worksheets as the person did them, answers under their steps. */
export function SharedPractices({ practices }: { practices: readonly Practice[] }) {
  const name = useSkillName();
  return (
    <section aria-labelledby="shared-practices-heading">
      <h2 id="shared-practices-heading">Practices and worksheets</h2>
      <p className="hint">The ones they did in the period above, newest first.</p>
      {practices.length === 0 ? <p className="empty-state">No practices in this period.</p> : (
        <ul className="shared-list">
          {practices.map((practice) => {
            const answers = shownAnswers(practice.exerciseId ? exerciseById(practice.exerciseId) : undefined, practice.answers);
            const distress = distressWords(practice);
            return (
              <li key={practice.id} className="shared-item">
                <h3>{name(practice.skillId)}</h3>
                <p>
                  <time dateTime={practice.startedAt}>{shortDateTime(practice.startedAt)}</time> · {durationWords(practice.durationSeconds)}
                  {distress && <> · distress {distress}</>}
                  {practice.steppedBack && <> · stepped back into coping</>}
                </p>
                {practice.notes && <p className="shared-text">{practice.notes}</p>}
                {answers.length > 0 && (
                  <details>
                    <summary>Answers</summary>
                    <PracticeAnswers answers={answers} />
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
