import type { Insights } from '@mend/core';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, HEAT_SHADES, heatShade } from '../../lib/chart-colours';
import {
  blockRange, hardestSentence, HOUR_BLOCKS, moments, tagWords, weekdayBlocks, WEEKDAYS,
} from '../../lib/insight-words';
import { ChartBox, NumbersTable, TryNext } from './chart-parts';

/** Days and times that tend to be hardest, and what tends to set them off. */
export function WhenHardestSection({ whenYouCope }: { whenYouCope: Insights['whenYouCope'] }) {
  const blocks = weekdayBlocks(whenYouCope.weekdayHour);
  const sentence = hardestSentence(blocks);
  const { topTriggers, topContexts } = whenYouCope;

  return (
    <section className="insight" aria-labelledby="hardest-heading">
      <h2 id="hardest-heading">When it’s hardest</h2>
      {sentence ? (
        <>
          <p className="insight-sentence">{sentence}</p>
          <HeatMap blocks={blocks} />
        </>
      ) : (
        <p className="insight-sentence">Once a few moments are logged, this shows the days and times that tend to be hardest.</p>
      )}

      <h3>What tends to set it off</h3>
      {topTriggers.length === 0 ? (
        <p>Add a trigger to a moment, like “argument” or “deadline”, and the ones that come up most will show here.</p>
      ) : (
        <>
          <p>
            “{tagWords(topTriggers[0]!.tag)}” comes up most: in {moments(topTriggers[0]!.count)}.
          </p>
          <ChartBox height={40 + topTriggers.length * 36}>
            <BarChart
              data={topTriggers.map((trigger) => ({ name: tagWords(trigger.tag), count: trigger.count }))}
              layout="vertical" responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false}
              margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
            >
              <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
              <XAxis type="number" allowDecimals={false} stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis }} />
              <YAxis type="category" dataKey="name" width={150} stroke={CHART_COLOURS.axis} tick={{ fill: '#1d2327', fontSize: 14 }} />
              <Bar dataKey="count" fill={CHART_COLOURS.bar} isAnimationActive={false} />
            </BarChart>
          </ChartBox>
          <NumbersTable
            caption="Triggers that come up most, with how many moments each"
            rows={topTriggers}
            rowKey={(trigger) => trigger.tag}
            columns={[
              { header: 'Trigger', cell: (trigger) => tagWords(trigger.tag) },
              { header: 'Moments', numeric: true, cell: (trigger) => trigger.count },
            ]}
          />
        </>
      )}

      {topContexts.length > 0 && (
        <>
          <h3>Around those moments</h3>
          <ul className="tag-counts">
            {topContexts.map((context) => (
              <li key={context.tag}>{tagWords(context.tag)} <span className="certainty">· {moments(context.count)}</span></li>
            ))}
          </ul>
        </>
      )}
      <TryNext>For the times you know are coming: <Link to="/toolkit?family=grounding">find a grounding skill</Link> to have ready.</TryNext>
    </section>
  );
}

/** The weekday × time-of-day map as a real table: shaded cells for the eye, a number in each for everyone. */
function HeatMap({ blocks }: { blocks: readonly (readonly number[])[] }) {
  const max = Math.max(...blocks.flat());
  return (
    <table className="heat-map">
      <caption>Moments by weekday and time of day, in 3-hour blocks from the hour shown. Darker means more moments.</caption>
      <thead>
        <tr>
          <td />
          {HOUR_BLOCKS.map((block) => (
            <th key={block.start} scope="col">
              <span aria-hidden="true">{block.start}</span>
              <span className="visually-hidden">{blockRange(block.start)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((day, index) => (
          <tr key={day}>
            <th scope="row">
              <span aria-hidden="true">{day.slice(0, 3)}</span>
              <span className="visually-hidden">{day}</span>
            </th>
            {(blocks[index] ?? []).map((count, block) => {
              const shade = HEAT_SHADES[heatShade(count, max)]!;
              return <td key={block} style={{ background: shade.background, color: shade.color }}>{count}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
