import type { Progress } from '@mend/core';
import { Link } from 'react-router';
import { browserTimeZone } from '../../api/use-insights';
import { useProgress } from '../../api/use-progress';
import { weekHeading, winsByWeek } from '../../components/progress/wins-by-week';
import '../../components/progress/progress.css';
import { ScreenHeading } from '../../components/screen-heading';

const dateOf = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(new Date(iso));
const longDateOf = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(iso));

/** Small steps, acknowledged: this week so far, milestones that never reset, and the wins over time. */
export function ProgressScreen() {
  const progress = useProgress();
  return (
    <section className="screen progress-screen">
      <ScreenHeading>Your progress</ScreenHeading>
      <p className="lead">The small steps count. Nothing here can break or run out.</p>
      {progress.isPending && <p role="status">Gathering your steps…</p>}
      {progress.isError && <p role="alert">{progress.error.message}</p>}
      {progress.data && <ProgressReport progress={progress.data} timeZone={browserTimeZone()} />}
      <p><Link to="/insights">See the patterns in Insights</Link></p>
      <p><Link to="/self-checks">Take a self-check, to compare with yourself over time</Link></p>
      <p><Link to="/report">Make a printable report</Link></p>
    </section>
  );
}

function ProgressReport({ progress, timeZone }: { progress: Progress; timeZone: string }) {
  const now = new Date(progress.asOf);
  const empty = progress.wins.length === 0 && progress.milestones.length === 0;
  return (
    <>
      <section className="this-week" aria-labelledby="this-week-heading">
        <h2 id="this-week-heading">This week you…</h2>
        <ul className="this-week-lines">{progress.thisWeek.lines.map((line) => <li key={line}>{line}</li>)}</ul>
      </section>

      {empty ? (
        <div className="empty-state">
          <p>
            Nothing here yet, and that is fine. Steps show up as you take them: staying with a feeling instead of pushing it
            away, a practice, even stepping back into coping when something was too much.
          </p>
          <p><Link className="button-primary" to="/practice">Try a practice</Link></p>
        </div>
      ) : (
        <>
          {progress.milestones.length > 0 && (
            <section aria-labelledby="milestones-heading">
              <h2 id="milestones-heading">Milestones</h2>
              <ul className="milestone-list">
                {progress.milestones.map((milestone) => (
                  <li key={milestone.id}>
                    <span className="milestone-title">{milestone.title}</span>
                    <time dateTime={milestone.reachedAt}>{longDateOf(milestone.reachedAt, timeZone)}</time>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="wins-heading">
            <h2 id="wins-heading">Wins, step by step</h2>
            {progress.wins.length === 0 && <p>Wins show up here as they happen.</p>}
            {winsByWeek(progress.wins, timeZone).map((week) => (
              <section key={week.weekStart} className="win-week" aria-labelledby={`week-${week.weekStart}`}>
                <h3 id={`week-${week.weekStart}`}>{weekHeading(week.weekStart, now, timeZone)}</h3>
                <ul className="win-list">
                  {week.wins.map((win, index) => {
                    const key = `${win.kind}-${win.at}-${win.practiceId ?? win.momentId ?? win.skillId ?? index}`;
                    const textId = `win-${week.weekStart}-${index}`;
                    return (
                      <li key={key}>
                        <span className="win-text" id={textId}>{win.text}</span>
                        <time dateTime={win.at}>{dateOf(win.at, timeZone)}</time>
                        {win.practiceId && (
                          // Several wins share these words, so each link is described by its own win.
                          <Link className="win-link" to={`/practice/done/${encodeURIComponent(win.practiceId)}`} aria-describedby={textId}>
                            {win.kind === 'belief-weaker' ? 'See the worksheet' : 'See this practice'}
                          </Link>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </section>
        </>
      )}
    </>
  );
}
