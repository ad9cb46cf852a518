import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useInsights } from '../api/use-insights';
import { useSkillName } from '../api/use-skills';
import { ScreenHeading } from '../components/screen-heading';
import { WHAT_HELPS_NEEDS } from '../lib/insight-needs';

const InsightsReport = lazy(() => import('../components/insights/insights-report'));

/** What a person's own moments say: which tools soothe, what carries the load, when it's hardest, what's changing. */
export function InsightsScreen() {
  const insights = useInsights();
  const name = useSkillName();
  const data = insights.data;

  return (
    <section className="screen insights-screen">
      <ScreenHeading>Insights</ScreenHeading>
      <p className="lead">Patterns in your own moments, to get curious about. They describe; they don’t judge.</p>
      {insights.isPending && <p>Looking at your moments…</p>}
      {insights.isError && <p role="alert">{insights.error.message}</p>}
      {data && data.moments === 0 && (
        <div className="empty-state">
          <p>Nothing to show yet: insights grow from the moments you log.</p>
          <p>{WHAT_HELPS_NEEDS}</p>
          <p><Link className="button-primary" to="/">Log a moment</Link></p>
        </div>
      )}
      {data && data.moments > 0 && (
        <Suspense fallback={<p>Drawing the charts…</p>}>
          <InsightsReport insights={data} name={name} />
        </Suspense>
      )}
    </section>
  );
}
