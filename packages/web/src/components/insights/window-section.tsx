import type { Insights } from '@mend/core';
import { Link } from 'react-router';
import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS } from '../../lib/chart-colours';
import { fromFirstActive, percent, weekLabel, windowSentence } from '../../lib/insight-words';
import { ChartBox, Legend, NumbersTable, TryNext } from './chart-parts';

/** Time outside the window of tolerance (overwhelmed, or numb), and how high the peaks reach. */
export function WindowSection({ tolerance }: { tolerance: Insights['windowOfTolerance'] }) {
  const sentence = windowSentence(tolerance);
  const weeks = fromFirstActive(tolerance.weeks, (week) => week.moments > 0);
  const data = weeks.map((week) => ({
    week: weekLabel(week.weekStart),
    outside: week.share === null ? null : Math.round(week.share * 100),
    peak: week.peakDistress,
  }));

  return (
    <section className="insight" aria-labelledby="window-heading">
      <h2 id="window-heading">Your window of tolerance</h2>
      <p>
        Your window is where you can think and feel at the same time. Outside it means distress of 8 or more, or feeling numb
        and shut down.
      </p>
      {!sentence ? (
        <p className="insight-sentence">Once a few moments are logged, this shows how often they were outside your window, week by week.</p>
      ) : (
        <>
          <p className="insight-sentence">{sentence}</p>
          <Legend items={[
            { label: 'Share of moments outside the window', colour: CHART_COLOURS.outside },
            { label: 'Highest distress that week (0–10)', colour: CHART_COLOURS.peak, line: true },
          ]} />
          <ChartBox height={260}>
            <ComposedChart data={data} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ top: 8, right: 0, bottom: 4, left: 0 }}>
              <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
              <XAxis dataKey="week" stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis, fontSize: 13 }} />
              <YAxis yAxisId="share" unit="%" domain={[0, 100]} width={48} stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis }} />
              <YAxis yAxisId="peak" orientation="right" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} width={32} stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis }} />
              <Bar yAxisId="share" dataKey="outside" fill={CHART_COLOURS.outside} isAnimationActive={false} />
              <Line yAxisId="peak" dataKey="peak" stroke={CHART_COLOURS.peak} strokeWidth={3} dot={{ r: 4, fill: CHART_COLOURS.peak }} connectNulls isAnimationActive={false} />
            </ComposedChart>
          </ChartBox>
          <NumbersTable
            caption="Moments outside the window of tolerance, and the highest distress, per week"
            rows={weeks}
            rowKey={(week) => week.weekStart}
            columns={[
              { header: 'Week of', cell: (week) => weekLabel(week.weekStart) },
              { header: 'Moments', numeric: true, cell: (week) => week.moments },
              { header: 'Outside the window', numeric: true, cell: (week) => week.outside },
              { header: 'Share', numeric: true, cell: (week) => (week.share === null ? '—' : percent(week.share)) },
              { header: 'Highest distress', numeric: true, cell: (week) => week.peakDistress ?? '—' },
            ]}
          />
        </>
      )}
      <TryNext>
        To come back into your window: <Link to="/toolkit?family=grounding">grounding skills</Link>; to widen it over
        time: <Link to="/toolkit/widening-window-of-tolerance">Widening your window of tolerance</Link>.
      </TryNext>
    </section>
  );
}
