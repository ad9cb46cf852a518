import type { Insights } from '@mend/core';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, KIND_COLOURS } from '../../lib/chart-colours';
import { balanceSentence, fromFirstActive, weekLabel } from '../../lib/insight-words';
import { KIND_LABELS } from '../../lib/labels';
import { ChartBox, Legend, NumbersTable, TryNext } from './chart-parts';

/** Coping and healing side by side, week by week: both have their place. */
export function BalanceSection({ balance }: { balance: Insights['balance'] }) {
  const weeks = fromFirstActive(balance.weeks, (week) => week.copingUses + week.healingUses + week.maladaptiveUses > 0);
  const hasUses = weeks.length > 0;
  const data = weeks.map((week) => ({ week: weekLabel(week.weekStart), ...week }));
  const series = [
    { key: 'copingUses', label: KIND_LABELS.coping.name, colour: KIND_COLOURS.coping },
    { key: 'healingUses', label: KIND_LABELS.healing.name, colour: KIND_COLOURS.healing },
    { key: 'maladaptiveUses', label: KIND_LABELS.maladaptive.name, colour: KIND_COLOURS.maladaptive },
  ] as const;

  return (
    <section className="insight" aria-labelledby="balance-heading">
      <h2 id="balance-heading">Coping and healing over time</h2>
      {!hasUses ? (
        <p className="insight-sentence">Once you note what you did in hard moments, this shows how coping and healing balance out, week by week.</p>
      ) : (
        <>
          <p className="insight-sentence">{balanceSentence(balance.healingTrend)}</p>
          <Legend items={series.map((each) => ({ label: each.label, colour: each.colour }))} />
          <ChartBox height={260}>
            <BarChart data={data} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
              <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
              <XAxis dataKey="week" stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis, fontSize: 13 }} />
              <YAxis allowDecimals={false} width={36} stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis }} />
              {series.map((each) => (
                <Bar key={each.key} dataKey={each.key} name={each.label} stackId="uses" fill={each.colour} stroke="#ffffff" strokeWidth={1} isAnimationActive={false} />
              ))}
            </BarChart>
          </ChartBox>
          <NumbersTable
            caption="Times you used coping, healing and maladaptive skills, per week"
            rows={weeks}
            rowKey={(week) => week.weekStart}
            columns={[
              { header: 'Week of', cell: (week) => weekLabel(week.weekStart) },
              ...series.map((each) => ({ header: each.label, numeric: true, cell: (week: Insights['balance']['weeks'][number]) => week[each.key] })),
            ]}
          />
        </>
      )}
      <TryNext>When you feel steady enough: <Link to="/toolkit?kind=healing">find a gentle healing practice</Link>.</TryNext>
    </section>
  );
}
