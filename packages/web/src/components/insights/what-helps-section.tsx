import type { SkillEffect } from '@mend/core';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS } from '../../lib/chart-colours';
import {
  CERTAINTY_WORDS, heldRelief, NEEDS_AFTER_VALUES, NEEDS_CHECK_INS, percent, points, sortedEffects, stillNeeded, verdictLine,
  WHAT_HELPS_NEEDS, whatHelpsSentence,
} from '../../lib/insight-words';
import { ChartBox, Legend, NumbersTable, TryNext } from './chart-parts';

/** Which tools soothe (relief that lasts) and which give relief now that fades. */
export function WhatHelpsSection({ effects, name }: { effects: readonly SkillEffect[]; name: (id: string) => string }) {
  const sorted = sortedEffects(effects);
  const judged = sorted.filter((effect) => effect.verdict !== 'not-enough-data');
  const waiting = sorted.filter((effect) => effect.verdict === 'not-enough-data');
  const soothing = judged.filter((effect) => effect.verdict === 'soothes');

  return (
    <section className="insight" aria-labelledby="what-helps-heading">
      <h2 id="what-helps-heading">What helps you</h2>
      {judged.length === 0 ? (
        <p className="insight-sentence">{WHAT_HELPS_NEEDS}</p>
      ) : (
        <>
          <p className="insight-sentence">{whatHelpsSentence(judged, name)}</p>
          <ReliefChart effects={judged} name={name} />
          <ul className="finding-list">
            {judged.map((effect) => (
              <li key={effect.skillId}>
                <Link to={`/toolkit/${effect.skillId}`}>{name(effect.skillId)}</Link>
                {' '}{verdictLine(effect)}
                {effect.certainty && <span className="certainty"> ({CERTAINTY_WORDS[effect.certainty]})</span>}
              </li>
            ))}
          </ul>
          <NumbersTable
            caption="Relief from each tool: right after, and still there at the later check-in"
            rows={judged}
            rowKey={(effect) => effect.skillId}
            columns={[
              { header: 'Tool', cell: (effect) => name(effect.skillId) },
              { header: 'What it does', cell: (effect) => verdictLine(effect) },
              { header: 'How sure', cell: (effect) => (effect.certainty ? CERTAINTY_WORDS[effect.certainty] : '—') },
              { header: 'Relief right after (points)', numeric: true, cell: (effect) => (effect.meanRelief === null ? '—' : points(effect.meanRelief)) },
              { header: 'Share still there at check-in', numeric: true, cell: (effect) => (effect.meanHeld === null ? 'no check-in yet' : percent(Math.max(0, effect.meanHeld))) },
              { header: 'Times used', numeric: true, cell: (effect) => effect.uses },
            ]}
          />
        </>
      )}
      {waiting.length > 0 && (
        <>
          <h3>Not sure yet</h3>
          <p>To say what a tool does, Mend needs {NEEDS_AFTER_VALUES} uses with an ‘after’ number, then {NEEDS_CHECK_INS} later check-ins:</p>
          <ul className="finding-list">
            {waiting.map((effect) => (
              <li key={effect.skillId}>
                <Link to={`/toolkit/${effect.skillId}`}>{name(effect.skillId)}</Link>{' '}
                <span className="certainty">({stillNeeded(effect)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <TryNext>
        {soothing[0]
          ? <>Next time it’s hard, you could reach for <Link to={`/toolkit/${soothing[0].skillId}`}>{name(soothing[0].skillId)}</Link> first.</>
          : <>Looking for something to try? <Link to="/toolkit?kind=coping">Browse coping skills</Link>.</>}
      </TryNext>
    </section>
  );
}

function ReliefChart({ effects, name }: { effects: readonly SkillEffect[]; name: (id: string) => string }) {
  const data = effects.map((effect) => ({
    name: name(effect.skillId),
    now: effect.meanRelief === null ? 0 : Math.round(effect.meanRelief * 10) / 10,
    held: effect.meanHeld === null ? null : Math.round((heldRelief(effect) ?? 0) * 10) / 10,
  }));
  return (
    <>
      <Legend items={[
        { label: 'Relief right after', colour: CHART_COLOURS.reliefNow },
        { label: 'Still there at the check-in', colour: CHART_COLOURS.reliefHeld },
      ]} />
      <ChartBox height={48 + data.length * 56}>
        <BarChart data={data} layout="vertical" responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
          <XAxis type="number" stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis }} allowDecimals={false} domain={[(min: number) => Math.min(0, Math.floor(min)), (max: number) => Math.max(1, Math.ceil(max))]} />
          <YAxis type="category" dataKey="name" width={150} stroke={CHART_COLOURS.axis} tick={{ fill: '#1d2327', fontSize: 14 }} />
          <ReferenceLine x={0} stroke={CHART_COLOURS.axis} />
          <Bar dataKey="now" name="Relief right after" fill={CHART_COLOURS.reliefNow} isAnimationActive={false} />
          <Bar dataKey="held" name="Still there at the check-in" fill={CHART_COLOURS.reliefHeld} isAnimationActive={false} />
        </BarChart>
      </ChartBox>
    </>
  );
}
