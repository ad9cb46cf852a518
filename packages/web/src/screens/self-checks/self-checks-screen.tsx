import type { QuestionnaireSummary } from '@mend/core';
import { Link } from 'react-router';
import { useQuestionnaires } from '../../api/use-self-checks';
import { ScreenHeading } from '../../components/screen-heading';
import '../../components/self-checks/self-checks.css';
import { lastTakenWords, TAKE_AGAIN_LINE } from '../../lib/self-check-words';

/** The self-checks there are, when each was last taken, and what their scores can and cannot say. */
export function SelfChecksScreen() {
  const list = useQuestionnaires();
  return (
    <section className="screen self-checks-screen">
      <ScreenHeading>Self-checks</ScreenHeading>
      <p className="lead">A few minutes of questions about how you have been coping. They are for reflection: Mend makes no diagnosis.</p>
      {list.isPending && <p role="status">Finding the self-checks…</p>}
      {list.isError && <p role="alert">{list.error.message}</p>}
      {list.data && (
        <ul className="self-check-list">
          {list.data.questionnaires.map((questionnaire) => <SelfCheckCard key={questionnaire.id} questionnaire={questionnaire} />)}
        </ul>
      )}
      <section aria-labelledby="about-scores-heading">
        <h2 id="about-scores-heading">About the scores</h2>
        <p>
          The coping styles statements are Mend’s own words on the structure of the Brief COPE. So your scores are for
          comparing with yourself over time, not with published norms.
        </p>
        <p>
          Some groupings count self-distraction as avoidant. Chosen on purpose and for a while, it is a sound crisis skill.
        </p>
        <p>A high score is not a failure. It shows where you have been putting your energy, and where some support could help.</p>
      </section>
    </section>
  );
}

function SelfCheckCard({ questionnaire }: { questionnaire: QuestionnaireSummary }) {
  const titleId = `self-check-${questionnaire.id}`;
  const taken = questionnaire.lastTakenAt !== null;
  return (
    <li className="self-check-card">
      <h2 id={titleId}>{questionnaire.title}</h2>
      {questionnaire.description && <p>{questionnaire.description}</p>}
      <p className="self-check-meta">
        {questionnaire.questionCount} statements ·{' '}
        {questionnaire.lastTakenAt ? <time dateTime={questionnaire.lastTakenAt}>{lastTakenWords(questionnaire.lastTakenAt)}</time> : lastTakenWords(null)}
      </p>
      {taken && questionnaire.suggested && <p className="gentle-note">{TAKE_AGAIN_LINE}</p>}
      <div className="action-list">
        <Link className={taken ? 'button-secondary' : 'button-primary'} to={`/self-checks/${encodeURIComponent(questionnaire.id)}`} aria-describedby={titleId}>
          {taken ? 'Take it again' : 'Take this check'}
        </Link>
        {taken && (
          <Link className="button-primary" to={`/self-checks/${encodeURIComponent(questionnaire.id)}/results`} aria-describedby={titleId}>
            See my results
          </Link>
        )}
      </div>
    </li>
  );
}
