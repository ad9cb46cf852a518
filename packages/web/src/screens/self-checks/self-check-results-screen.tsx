import { lazy, Suspense } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useQuestionnaire, useQuestionnaireResponses } from '../../api/use-self-checks';
import { useSkillName, useSkills } from '../../api/use-skills';
import { ScreenHeading } from '../../components/screen-heading';
import { AlongsideLogSection } from '../../components/self-checks/alongside-log-section';
import { LatestScores } from '../../components/self-checks/latest-scores';
import { PastResults } from '../../components/self-checks/past-results';
import '../../components/self-checks/self-checks.css';
import { dayWords } from '../../lib/self-check-words';
import type { SelfCheckResultsState } from './take-self-check-screen';

const ScoreTrends = lazy(() => import('../../components/self-checks/score-trends'));

/** One check's results: the newest scores, how they have moved, the log beside them, and every time it was taken. */
export function SelfCheckResultsScreen() {
  const { id = '' } = useParams();
  const saved = (useLocation().state as SelfCheckResultsState | null)?.saved === true;
  const questionnaire = useQuestionnaire(id);
  const responses = useQuestionnaireResponses(id);
  const skills = useSkills();
  const name = useSkillName();
  const failed = questionnaire.error ?? responses.error;
  const newest = responses.data?.results[0];
  const takeLink = `/self-checks/${encodeURIComponent(id)}`;

  return (
    <section className="screen self-check-results">
      <ScreenHeading>{questionnaire.data ? `${questionnaire.data.title}: your results` : 'Your results'}</ScreenHeading>
      {saved && <p className="saved-message" role="status">Saved. Thank you for taking the time.</p>}
      {(questionnaire.isPending || responses.isPending) && !failed && <p role="status">Loading your results…</p>}
      {failed && (
        <div>
          <p role="alert">{isApiError(failed, 404) ? 'This self-check isn’t here.' : failed.message}</p>
          <p><Link to="/self-checks">Back to Self-checks</Link></p>
        </div>
      )}
      {questionnaire.data && responses.data && !newest && (
        <div className="empty-state">
          <p>Not taken yet. Your scores show up here once you have.</p>
          <p><Link className="button-primary" to={takeLink}>Take this check</Link></p>
        </div>
      )}
      {questionnaire.data && responses.data && newest && (
        <>
          <p className="lead">
            From <time dateTime={newest.takenAt}>{dayWords(newest.takenAt)}</time>. For reflection, not a diagnosis: a high
            score is not a failure, just where your energy has been going.
          </p>
          <LatestScores result={newest} questionnaire={questionnaire.data} />
          <AlongsideLogSection entries={responses.data.alongsideLog} questionnaire={questionnaire.data} skills={skills.data ?? []} name={name} />
          <Suspense fallback={<p>Drawing the charts…</p>}>
            <ScoreTrends results={responses.data.results} />
          </Suspense>
          <PastResults questionnaireId={id} results={responses.data.results} />
          <div className="action-list self-check-next">
            <Link className="button-secondary" to={takeLink}>Take it again</Link>
            <Link className="button-secondary" to="/self-checks">All self-checks</Link>
          </div>
        </>
      )}
    </section>
  );
}
