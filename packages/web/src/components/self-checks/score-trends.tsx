import type { QuestionnaireResult } from '@mend/core';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS } from '../../lib/chart-colours';
import { scoreWords, shortDayWords, trendSentence } from '../../lib/self-check-words';
import { ChartBox, NumbersTable } from '../insights/chart-parts';

interface Series {
  id: string;
  title: string;
  min: number;
  max: number;
  points: { takenAt: string; score: number | null }[];
}

/** One line per score, oldest result first; a score stays on its own range, so nothing needs rescaling. */
export function seriesOf(results: readonly QuestionnaireResult[], part: 'scales' | 'composites'): Series[] {
  const oldestFirst = [...results].reverse();
  const newest = results[0];
  if (!newest) return [];
  return newest[part].map((score) => ({
    id: score.id,
    title: score.title,
    min: score.min,
    max: score.max,
    points: oldestFirst.map((result) => ({ takenAt: result.takenAt, score: result[part].find((each) => each.id === score.id)?.score ?? null })),
  }));
}

function Trend({ series }: { series: Series }) {
  const data = series.points.map((point) => ({ day: shortDayWords(point.takenAt), score: point.score }));
  return (
    <li className="score-trend">
      <p>{trendSentence(series.title, series.max, series.points)}</p>
      <ChartBox height={140}>
        <LineChart data={data} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
          <XAxis dataKey="day" stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis, fontSize: 13 }} />
          <YAxis domain={[series.min, series.max]} ticks={[series.min, series.max]} width={32} stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis }} />
          {/* Never animated: charts here hold still, reduced motion or not. */}
          <Line dataKey="score" stroke={CHART_COLOURS.bar} strokeWidth={3} dot={{ r: 4, fill: CHART_COLOURS.bar }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ChartBox>
      <NumbersTable
        caption={`${series.title}, each time you took this check`}
        rows={series.points}
        rowKey={(point) => point.takenAt}
        columns={[
          { header: 'Taken', cell: (point) => shortDayWords(point.takenAt) },
          { header: 'Score', numeric: true, cell: (point) => scoreWords({ score: point.score, max: series.max }) },
        ]}
      />
    </li>
  );
}

/**
 * Scores over time, a small chart per scale (and per grouping). Loaded on its own: it brings the
 * chart library, which stays out of the first download.
 */
export default function ScoreTrends({ results }: { results: readonly QuestionnaireResult[] }) {
  const scales = seriesOf(results, 'scales');
  const composites = seriesOf(results, 'composites');
  return (
    <section aria-labelledby="trends-heading">
      <h2 id="trends-heading">Over time</h2>
      <p>
        {results.length === 1
          ? 'Each time you take this check, its scores join these charts, so you can compare with yourself.'
          : `Your scores from the ${results.length} times you took this check, oldest on the left.`}
      </p>
      <ul className="score-trends">{scales.map((series) => <Trend key={series.id} series={series} />)}</ul>
      {composites.length > 0 && (
        <>
          <h3>Grouped together</h3>
          <ul className="score-trends">{composites.map((series) => <Trend key={series.id} series={series} />)}</ul>
        </>
      )}
    </section>
  );
}
