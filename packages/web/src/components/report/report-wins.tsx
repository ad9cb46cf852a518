import type { Progress } from '@mend/core';
import { since } from '../../lib/report-contents';

const dateOf = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(iso));

/** Wins of the period, and every milestone (they never reset, so the period does not hide them). */
export function ReportWins({ progress, start, timeZone }: { progress: Progress; start: Date | null; timeZone: string }) {
  const wins = since(progress.wins, start, (win) => win.at);
  return (
    <section className="report-section" aria-labelledby="report-wins-heading">
      <h2 id="report-wins-heading">Wins and milestones</h2>
      {wins.length === 0 && progress.milestones.length === 0 && <p>None in this period yet.</p>}
      {progress.milestones.length > 0 && (
        <>
          <h3>Milestones</h3>
          <ul className="report-list">
            {progress.milestones.map((milestone) => (
              <li key={milestone.id}>{milestone.title} <time dateTime={milestone.reachedAt}>({dateOf(milestone.reachedAt, timeZone)})</time></li>
            ))}
          </ul>
        </>
      )}
      {wins.length > 0 && (
        <>
          <h3>Wins</h3>
          <ul className="report-list">
            {wins.map((win, index) => (
              <li key={`${win.kind}-${win.at}-${index}`}>{win.text} <time dateTime={win.at}>({dateOf(win.at, timeZone)})</time></li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
