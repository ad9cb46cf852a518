import { helpForCountry, isSafetyPlanEmpty } from '@mend/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { browserTimeZone, useInsights } from '../../api/use-insights';
import { usePreferences } from '../../api/use-preferences';
import { useProgress } from '../../api/use-progress';
import { useReportMoments, useReportPractices } from '../../api/use-report';
import { useSafetyPlan } from '../../api/use-safety-plan';
import { useSkillName } from '../../api/use-skills';
import { ReportChoiceForm } from '../../components/report/report-choice-form';
import { ReportSummary } from '../../components/report/report-summary';
import { MomentsTable, PracticesTable } from '../../components/report/report-tables';
import { ReportWins } from '../../components/report/report-wins';
import '../../components/report/report.css';
import { PlanView } from '../../components/safety-plan/plan-view';
import { ScreenHeading } from '../../components/screen-heading';
import { initialHelpCountry } from '../../lib/help-country';
import { periodStart, reportChoiceFrom, reportChoiceParams, type ReportChoice } from '../../lib/report-contents';

const longDate = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);

/**
 * A report to print or save as PDF, for oneself or to take to someone: the person picks the
 * period and what goes in. Only their own entries and Mend's plain counts; no diagnosis.
 */
export function ReportScreen() {
  const [params, setParams] = useSearchParams();
  // Held here as well as in the address: a navigation lands a moment later, and a tick must show at once.
  const [choice, setChoice] = useState(() => reportChoiceFrom(params));
  const choose = (next: ReportChoice) => {
    setChoice(next);
    setParams(reportChoiceParams(next), { replace: true });
  };
  // Fixed when the screen opens, so the period (and the requests built on it) do not move on every render.
  const [now] = useState(() => new Date());
  const timeZone = browserTimeZone();
  const start = periodStart(choice.period, now);
  const from = start?.toISOString() ?? null;
  const has = (part: Parameters<typeof choice.parts.has>[0]) => choice.parts.has(part);

  const moments = useReportMoments(from);
  const practices = useReportPractices(from, has('practices') || has('summary'));
  const insights = useInsights();
  const progress = useProgress();
  const plan = useSafetyPlan(has('plan'));
  const preferences = usePreferences(has('plan'));
  const name = useSkillName();

  const firstMoment = moments.data?.moments.at(-1)?.occurredAt;
  const rangeStart = start ?? (firstMoment ? new Date(firstMoment) : null);
  // Printing waits for every part that is ticked, so no page leaves with a part still loading.
  const ready = [
    moments.data,
    !(has('practices') || has('summary')) || practices.data,
    !has('summary') || insights.data,
    !has('wins') || progress.data,
    !has('plan') || (plan.data && !preferences.isPending),
  ].every(Boolean);
  const partProblem = [
    practices.isError && practices.error,
    has('summary') && insights.isError && insights.error,
    has('wins') && progress.isError && progress.error,
    has('plan') && plan.isError && plan.error,
  ].find((error) => error instanceof Error);

  return (
    <section className="screen report-screen">
      <ScreenHeading title="Report">My Mend report</ScreenHeading>
      <p className="report-made">
        {rangeStart ? <>From {longDate(rangeStart, timeZone)} to {longDate(now, timeZone)}</> : <>Everything up to {longDate(now, timeZone)}</>}
        {' · '}made with Mend on {longDate(now, timeZone)}
      </p>

      <div className="report-controls">
        <ReportChoiceForm choice={choice} onChange={choose} />
        <p><button type="button" className="button-primary" onClick={() => window.print()} disabled={!ready}>Print or save as PDF</button></p>
      </div>

      {moments.isPending && <p role="status">Gathering your moments…</p>}
      {moments.isError && <p role="alert">{moments.error.message}</p>}
      {partProblem && <p role="alert">{partProblem.message}</p>}

      {moments.data && (
        <div className="report-body">
          {has('summary') && (
            <ReportSummary
              moments={moments.data.moments}
              practices={practices.data?.practices.length ?? 0}
              insights={insights.data ?? null}
              name={name}
              timeZone={timeZone}
            />
          )}
          {has('moments') && <MomentsTable moments={moments.data.moments} withNotes={has('notes')} name={name} timeZone={timeZone} cut={moments.data.cut} />}
          {has('practices') && practices.data && (
            <PracticesTable practices={practices.data.practices} withNotes={has('notes')} name={name} timeZone={timeZone} cut={practices.data.cut} />
          )}
          {has('wins') && progress.data && <ReportWins progress={progress.data} start={start} timeZone={timeZone} />}
          {has('plan') && plan.data && (
            <section className="report-section report-plan" aria-labelledby="report-plan-heading">
              <h2 id="report-plan-heading">My safety plan</h2>
              {isSafetyPlanEmpty(plan.data) ? <p>No safety plan written yet.</p> : (
                <PlanView plan={plan.data} skillName={name} help={helpForCountry(preferences.data?.country ?? initialHelpCountry())} linkSkills={false} />
              )}
            </section>
          )}
        </div>
      )}
    </section>
  );
}
