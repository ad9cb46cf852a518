import { describeSessionPrep, type SessionPrep } from '@mend/core';
import { lazy, Suspense } from 'react';
import { points, weekLabel } from '../../lib/insight-words';

/** The chart is for the eyes only and brings the chart library: loaded when a summary is shown, never in the first download. */
const DistressChart = lazy(async () => ({ default: (await import('./distress-chart')).DistressChart }));

const numberOrDash = (value: number | null) => (value === null ? '—' : points(value));

/** The session-prep summary in the same words as its PDF (core's describeSessionPrep), with distress over time drawn and tabled. */
export function SessionPrepView({ prep, pdfHref }: { prep: SessionPrep; pdfHref: string }) {
  // The summary carries the person's own skill names, which this account's skill list does not have.
  const described = describeSessionPrep(prep);
  const weeks = prep.distress.weeks.filter((week) => week.moments > 0);
  // The chart and table go with the distress section; if the words have none, after the first section.
  const distressIndex = Math.max(0, described.sections.findIndex((section) => section.id.includes('distress')));

  return (
    <div className="session-prep">
      <p className="prep-period">{described.period}</p>
      <div className="prep-actions inline-row">
        <button type="button" className="button-primary" onClick={() => window.print()}>Print</button>
        <a className="button-secondary" href={pdfHref} download>Download PDF</a>
      </div>
      {described.sections.map((section, index) => (
        <section key={section.id} className="prep-section" aria-labelledby={`prep-${section.id}`}>
          <h2 id={`prep-${section.id}`}>{section.heading}</h2>
          {section.lines.length > 0 && <ul>{section.lines.map((line, lineIndex) => <li key={lineIndex}>{line}</li>)}</ul>}
          {index === distressIndex && weeks.length > 0 && (
            <>
              <Suspense fallback={null}><DistressChart weeks={weeks} /></Suspense>
              <table className="prep-table">
                <caption>Distress week by week (0–10): the average before and after coping, and the highest</caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th><th scope="col" className="numeric">Moments</th><th scope="col" className="numeric">Before</th>
                    <th scope="col" className="numeric">After</th><th scope="col" className="numeric">Highest</th>
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((week) => (
                    <tr key={week.weekStart}>
                      <th scope="row">{weekLabel(week.weekStart)}</th>
                      <td className="numeric">{week.moments}</td>
                      <td className="numeric">{numberOrDash(week.meanBefore)}</td>
                      <td className="numeric">{numberOrDash(week.meanAfter)}</td>
                      <td className="numeric">{week.peak ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      ))}
      <p className="prep-footer">{described.footer}</p>
    </div>
  );
}
