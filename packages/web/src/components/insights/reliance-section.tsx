import type { Insights } from '@mend/core';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, KIND_COLOURS } from '../../lib/chart-colours';
import { listWords, moments, percent } from '../../lib/insight-words';
import { KIND_LABELS } from '../../lib/labels';
import { ChartBox, Legend, NumbersTable, TryNext } from './chart-parts';

/** Enough bars to see the spread; the table has every skill. */
const CHART_SKILLS = 8;

/** Which tools carry the load lately, and a gentle word when one is carrying nearly all of it. */
export function RelianceSection({ reliance, name }: { reliance: Insights['reliance']; name: (id: string) => string }) {
  const skills = [...reliance.skills].sort((a, b) => b.share - a.share);
  const top = skills[0];
  const onlyWay = skills.filter((skill) => skill.onlyWay);

  return (
    <section className="insight" aria-labelledby="reliance-heading">
      <h2 id="reliance-heading">How you’ve been coping</h2>
      {!top || reliance.momentsWithSkills === 0 ? (
        <p className="insight-sentence">
          {reliance.moments === 0
            ? `Nothing logged in the last ${reliance.windowDays} days. Once there is, this shows which tools you reach for most.`
            : 'Add what you did to a moment, and this shows which tools you reach for most.'}
        </p>
      ) : (
        <>
          <p className="insight-sentence">
            In the last {reliance.windowDays} days, {name(top.skillId)} was part of {percent(top.share)} of your {moments(reliance.moments)}
            {reliance.effectiveSkills !== null && reliance.distinctSkills > 1
              ? `, and what you did spread over about ${Math.max(1, Math.round(reliance.effectiveSkills))} tools.`
              : '.'}
          </p>
          <Legend items={(['coping', 'healing', 'maladaptive'] as const)
            .filter((kind) => skills.some((skill) => skill.kind === kind))
            .map((kind) => ({ label: KIND_LABELS[kind].name, colour: KIND_COLOURS[kind] }))} />
          <ChartBox height={48 + Math.min(skills.length, CHART_SKILLS) * 40}>
            <BarChart
              data={skills.slice(0, CHART_SKILLS).map((skill) => ({ name: name(skill.skillId), share: Math.round(skill.share * 100), kind: skill.kind }))}
              layout="vertical" responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false}
              margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
            >
              <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
              <XAxis type="number" unit="%" domain={[0, 100]} stroke={CHART_COLOURS.axis} tick={{ fill: CHART_COLOURS.axis }} />
              <YAxis type="category" dataKey="name" width={150} stroke={CHART_COLOURS.axis} tick={{ fill: '#1d2327', fontSize: 14 }} />
              <Bar dataKey="share" isAnimationActive={false}>
                {skills.slice(0, CHART_SKILLS).map((skill) => <Cell key={skill.skillId} fill={KIND_COLOURS[skill.kind]} />)}
              </Bar>
            </BarChart>
          </ChartBox>
          <NumbersTable
            caption={`Share of your moments in the last ${reliance.windowDays} days that used each tool`}
            rows={skills}
            rowKey={(skill) => skill.skillId}
            columns={[
              { header: 'Tool', cell: (skill) => name(skill.skillId) },
              { header: 'Kind', cell: (skill) => KIND_LABELS[skill.kind].name },
              { header: 'Moments', numeric: true, cell: (skill) => skill.uses },
              { header: 'Share', numeric: true, cell: (skill) => percent(skill.share) },
            ]}
          />
        </>
      )}

      {reliance.onlyWay && (
        <div className="gentle-note">
          {onlyWay.length > 0 && (
            <p>
              {listWords(onlyWay.map((skill) => name(skill.skillId)))} {onlyWay.length === 1 ? 'has' : 'have'} been doing a lot of the work lately.
              {' '}{onlyWay.length === 1 ? 'It has' : 'They have'} been getting you through, and that counts. One or two more ways to reach for could take some of the weight off.
            </p>
          )}
          {reliance.maladaptiveRising && (
            <p>
              Ways of coping that can cost you later have come up a little more each week for four weeks. That often means a lot is
              being carried right now: you’re doing your best with the tools you have.
            </p>
          )}
          <p>
            Something to try: <Link to="/toolkit?kind=coping">a coping skill for the moment</Link>, or <Link to="/toolkit?kind=healing">a gentle healing practice</Link> for
            what’s underneath.
          </p>
        </div>
      )}
      {!reliance.onlyWay && (
        <TryNext>Want more ways to reach for? <Link to="/toolkit?kind=coping">Browse coping skills</Link>.</TryNext>
      )}
    </section>
  );
}
