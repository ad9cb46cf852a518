import { exerciseById, type Practice } from '@mend/core';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useDeletePractice, usePractice } from '../../api/use-practices';
import { useSkillName } from '../../api/use-skills';
import { ConfirmDelete } from '../../components/confirm-delete';
import { PracticeAnswers } from '../../components/practice/practice-answers';
import '../../components/practice/practice.css';
import { ScreenHeading } from '../../components/screen-heading';
import { distressWords, durationWords, shownAnswers } from '../../lib/practice-record';
import type { PracticeListState } from './practice-list-state';

const whenWords = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' });

/** One practice read back: what was written, in the exercise's order, and a way to delete it. */
export function PracticeDoneScreen() {
  const { id = '' } = useParams();
  const remove = useDeletePractice();
  // Between the delete and the list screen showing, this screen may render once more: don't fetch it again.
  const deleted = remove.isSuccess;
  const practice = usePractice(id, { enabled: !deleted });
  const navigate = useNavigate();
  const skillName = useSkillName();
  const exercise = practice.data?.exerciseId ? exerciseById(practice.data.exerciseId) : undefined;
  const title = practice.data ? (exercise?.title ?? skillName(practice.data.skillId)) : 'Your practice';

  const deleteIt = () => {
    remove.mutate(id, {
      onSuccess: () => {
        const state: PracticeListState = { deleted: true };
        navigate('/practice', { state });
      },
    });
  };

  return (
    <section className="screen practice-done">
      <ScreenHeading>{title}</ScreenHeading>
      {practice.isPending && !deleted && <p role="status">Loading this practice…</p>}
      {practice.isError && (
        <div>
          <p>{isApiError(practice.error, 404) ? 'This practice isn’t here any more. It may have been deleted.' : practice.error.message}</p>
          <p><Link to="/practice">Back to Practice</Link></p>
        </div>
      )}
      {practice.data && (
        <>
          <PracticeRecord practice={practice.data} />
          <ul className="action-list practice-done-actions">
            {exercise && <li><Link className="button-primary" to={`/practice/${exercise.id}`}>Do this exercise again</Link></li>}
            <li><Link className="button-secondary" to="/practice">Back to Practice</Link></li>
          </ul>
          <ConfirmDelete
            what="practice"
            note="What you wrote in it goes too. This can’t be undone."
            onDelete={deleteIt}
            pending={remove.isPending}
            error={remove.isError ? remove.error.message : null}
          />
        </>
      )}
    </section>
  );
}

function PracticeRecord({ practice }: { practice: Practice }) {
  const exercise = practice.exerciseId ? exerciseById(practice.exerciseId) : undefined;
  const answers = shownAnswers(exercise, practice.answers);
  const distress = distressWords(practice);
  return (
    <>
      <dl className="practice-facts">
        <div><dt>When</dt><dd><time dateTime={practice.startedAt}>{whenWords(practice.startedAt)}</time></dd></div>
        <div><dt>How long</dt><dd>{durationWords(practice.durationSeconds)}</dd></div>
        {distress && <div><dt>Distress</dt><dd>{distress}</dd></div>}
      </dl>
      {practice.steppedBack && <p className="stepped-back-note">You stepped back into coping when you needed to.</p>}
      {answers.length > 0 && (
        <section aria-labelledby="answers-heading">
          <h2 id="answers-heading">Your answers</h2>
          <PracticeAnswers answers={answers} />
        </section>
      )}
      {practice.notes && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Your notes</h2>
          <p className="practice-answer-text">{practice.notes}</p>
        </section>
      )}
    </>
  );
}
