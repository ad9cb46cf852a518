import type { Insights, Moment } from '@mend/core';
import { CERTAINTY_WORDS, moments as momentWords, points, sortedEffects, verdictLine, weekLabel } from '../../lib/insight-words';
import { distressByWeek, summariseMoments } from '../../lib/report-contents';

interface ReportSummaryProps {
  moments: readonly Moment[];
  practices: number;
  /** Null when the server could not work them out right now: the rest of the summary still prints. */
  insights: Insights | null;
  name: (id: string) => string;
  timeZone: string;
}

/** Counts and distress over the period; what soothed and what distracted, from all moments so far. */
export function ReportSummary({ moments, practices, insights, name, timeZone }: ReportSummaryProps) {
  const summary = summariseMoments(moments);
  const weeks = distressByWeek(moments, timeZone);
  const judged = insights ? sortedEffects(insights.skillEffects).filter((effect) => effect.verdict === 'soothes' || effect.verdict === 'distracts') : [];
  return (
    <section className="report-section" aria-labelledby="report-summary-heading">
      <h2 id="report-summary-heading">Summary</h2>
      <ul className="report-counts">
        <li>{momentWords(summary.moments)} logged</li>
        {summary.meanBefore !== null && <li>Distress before, on average: {points(summary.meanBefore)} out of 10</li>}
        {summary.meanAfter !== null && <li>Distress after, on average: {points(summary.meanAfter)} out of 10 (over the {momentWords(summary.withAfter)} with an ‘after’ number)</li>}
        <li>Stayed with a feeling instead of pushing it away: {summary.satWithFeeling === 1 ? 'once' : `${summary.satWithFeeling} times`}</li>
        <li>Practices: {practices}</li>
      </ul>

      <h3>Distress over time</h3>
      {weeks.length === 0 ? <p>No moments in this period.</p> : (
        <table className="report-table">
          <caption>Distress before, week by week (0–10)</caption>
          <thead>
            <tr><th scope="col">Week of</th><th scope="col" className="numeric">Moments</th><th scope="col" className="numeric">Average</th><th scope="col" className="numeric">Highest</th></tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{weekLabel(week.weekStart)} {week.weekStart.slice(0, 4)}</th>
                <td className="numeric">{week.moments}</td>
                <td className="numeric">{points(week.meanBefore)}</td>
                <td className="numeric">{week.highest}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>What soothed and what distracted</h3>
      {!insights && <p>This part can’t be worked out right now.</p>}
      {insights && judged.length === 0 && <p>Not enough moments with an ‘after’ number and a later check-in yet to say.</p>}
      {judged.length > 0 && (
        <>
          <p className="hint">From all your moments so far, not only this period. Soothing means the relief mostly lasted; distracting means relief at the time that tended to fade.</p>
          <ul className="report-list">
            {judged.map((effect) => (
              <li key={effect.skillId}>
                {name(effect.skillId)} {verdictLine(effect)}
                {effect.certainty && <> ({CERTAINTY_WORDS[effect.certainty]})</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
