import { helpForCountry, type ShareScope } from '@mend/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { browserTimeZone } from '../../api/use-insights';
import { useSkillName } from '../../api/use-skills';
import {
  sessionPrepPdfHref, useSentSuggestions, useSessionPrep, useSharedMoments, useSharedPeople, useSharedPractices, useSharedSafetyPlan,
} from '../../api/use-therapist';
import { PlanView } from '../../components/safety-plan/plan-view';
import { ScreenHeading } from '../../components/screen-heading';
import { NotSharing } from '../../components/therapist/not-sharing';
import { defaultPeriod, PeriodChooser, periodInstants, type Period } from '../../components/therapist/period-chooser';
import { SentSuggestions } from '../../components/therapist/sent-suggestions';
import { SessionPrepView } from '../../components/therapist/session-prep-view';
import { SharedMoments } from '../../components/therapist/shared-moments';
import { SharedPractices } from '../../components/therapist/shared-practices';
import { SuggestForm } from '../../components/therapist/suggest-form';
import '../../components/therapist/therapist.css';
import { initialHelpCountry } from '../../lib/help-country';
import { longDay, scopeList } from '../../lib/share-words';

type View = 'summary' | 'moments' | 'safety-plan' | 'practices' | 'suggest';

const VIEWS: { id: View; label: string; needs: ShareScope | null }[] = [
  { id: 'summary', label: 'Summary', needs: 'summary' },
  { id: 'moments', label: 'Moments', needs: 'moments' },
  { id: 'safety-plan', label: 'Safety plan', needs: 'safety-plan' },
  { id: 'practices', label: 'Practices', needs: 'practices' },
  { id: 'suggest', label: 'Suggest', needs: null },
];

/** A 404 is "not sharing with you now", whatever the reason; a 403 is a part they don't share (any more). */
function Problem({ error }: { error: Error }) {
  if (isApiError(error, 404)) return <NotSharing />;
  if (isApiError(error, 403)) return <p role="status" className="empty-state">They don’t share this with you now. {error.message}</p>;
  return <p role="alert">{error.message}</p>;
}

/** One person who shares: the period, the session-prep summary, and only the parts they share, plus suggestions. */
export function PersonScreen() {
  const { personId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const people = useSharedPeople();
  const person = people.data?.find((each) => each.personId === personId);
  // Fixed when the screen opens, so the period and the requests built on it stay put.
  const [now] = useState(() => new Date());
  const [period, setPeriod] = useState<Period>(() => defaultPeriod(now));
  const instants = periodInstants(period, now);
  const timeZone = browserTimeZone();

  const shared = (scope: ShareScope | null) => scope === null || Boolean(person?.scopes.includes(scope));
  const available = VIEWS.filter((view) => shared(view.needs));
  const asked = params.get('view') as View | null;
  const view = available.find((each) => each.id === asked)?.id ?? available[0]?.id ?? 'suggest';

  const prep = useSessionPrep(personId, { ...instants, timeZone }, Boolean(person) && view === 'summary');
  const moments = useSharedMoments(personId, instants, Boolean(person) && view === 'moments');
  const plan = useSharedSafetyPlan(personId, Boolean(person) && view === 'safety-plan');
  const practices = useSharedPractices(personId, instants, Boolean(person) && view === 'practices');
  const sent = useSentSuggestions(personId, Boolean(person) && view === 'suggest');
  const skillName = useSkillName();
  const gone = [prep, moments, plan, practices, sent].some((query) => isApiError(query.error, 404));

  if (people.isPending) return <section className="screen"><p role="status">Loading…</p></section>;
  if (people.isError) return <section className="screen"><ScreenHeading>Someone who shares with you</ScreenHeading><p role="alert">{people.error.message}</p></section>;
  if (!person || gone) {
    return (
      <section className="screen">
        <ScreenHeading>Not sharing now</ScreenHeading>
        <NotSharing />
      </section>
    );
  }

  // What was read before an error is never shown beside it: a 403 or 404 means it is no longer shared (use-therapist drops it too).
  const perioded = view === 'summary' || view === 'moments' || view === 'practices';
  return (
    <section className="screen person-screen">
      <ScreenHeading title={person.name}>{view === 'summary' ? `Session prep for ${person.name}` : person.name}</ScreenHeading>
      <p className="hint">Shares their {scopeList(person.scopes)}, until {longDay(person.until)}. Each time you look, it shows in their account activity.</p>

      <nav className="person-views" aria-label={`What ${person.name} shares`}>
        <ul>
          {available.map((each) => (
            <li key={each.id}>
              <Link to={`?view=${each.id}`} aria-current={each.id === view ? 'page' : undefined} onClick={(event) => {
                event.preventDefault();
                setParams({ view: each.id }, { replace: true });
              }}>{each.label}</Link>
            </li>
          ))}
        </ul>
      </nav>

      {perioded && <PeriodChooser period={period} onChange={setPeriod} />}

      {view === 'summary' && (
        <>
          {prep.isPending && <p role="status">Preparing the summary…</p>}
          {prep.error && <Problem error={prep.error} />}
          {prep.data && !prep.error && <SessionPrepView prep={prep.data} pdfHref={sessionPrepPdfHref(personId, { ...instants, timeZone })} />}
        </>
      )}
      {view === 'moments' && (
        <>
          {moments.isPending && <p role="status">Loading moments…</p>}
          {moments.error && <Problem error={moments.error} />}
          {moments.data && !moments.error && <SharedMoments page={moments.data} />}
        </>
      )}
      {view === 'safety-plan' && (
        <>
          {plan.isPending && <p role="status">Loading the safety plan…</p>}
          {plan.error && <Problem error={plan.error} />}
          {plan.data && !plan.error && <PlanView plan={plan.data} skillName={skillName} help={helpForCountry(initialHelpCountry())} linkSkills={false} />}
        </>
      )}
      {view === 'practices' && (
        <>
          {practices.isPending && <p role="status">Loading practices…</p>}
          {practices.error && <Problem error={practices.error} />}
          {practices.data && !practices.error && <SharedPractices practices={practices.data} />}
        </>
      )}
      {view === 'suggest' && (
        <>
          <SuggestForm personId={personId} personName={person.name} />
          {sent.error && <Problem error={sent.error} />}
          {sent.data && !sent.error && <SentSuggestions suggestions={sent.data} />}
        </>
      )}

      <p className="person-back"><Link to="/people">All the people who share with you</Link></p>
    </section>
  );
}
