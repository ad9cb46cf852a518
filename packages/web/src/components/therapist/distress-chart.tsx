import type { SessionPrep } from '@mend/core';
import { CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS } from '../../lib/chart-colours';
import { weekLabel } from '../../lib/insight-words';
import { ChartBox, Legend } from '../insights/chart-parts';

/** Distress week by week, for the eyes only: the same numbers are in the table beside it. Loaded lazily, with the other charts. */
export function DistressChart({ weeks }: { weeks: SessionPrep['distress']['weeks'] }) {
  const data = weeks.map((week) => ({ week: weekLabel(week.weekStart), before: week.meanBefore, after: week.meanAfter, peak: week.peak }));
  return (
    <div className="prep-chart">
      <Legend items={[
        { label: 'Average before', colour: CHART_COLOURS.bar, line: true },
        { label: 'Average after', colour: CHART_COLOURS.reliefNow, line: true },
        { label: 'Highest', colour: CHART_COLOURS.outside, line: true },
      ]} />
      <ChartBox height={240}>
        <ComposedChart data={data} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
          <XAxis dataKey="week" stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis, fontSize: 13 }} />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} width={32} stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis }} />
          <Line dataKey="before" stroke={CHART_COLOURS.bar} strokeWidth={3} dot={{ r: 4, fill: CHART_COLOURS.bar }} connectNulls isAnimationActive={false} />
          <Line dataKey="after" stroke={CHART_COLOURS.reliefNow} strokeWidth={3} strokeDasharray="6 4" dot={{ r: 4, fill: CHART_COLOURS.reliefNow }} connectNulls isAnimationActive={false} />
          <Line dataKey="peak" stroke={CHART_COLOURS.outside} strokeWidth={2} dot={{ r: 3, fill: CHART_COLOURS.outside }} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ChartBox>
    </div>
  );
}
