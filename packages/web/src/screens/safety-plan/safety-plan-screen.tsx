import { emptySafetyPlan, helpForCountry, isSafetyPlanEmpty } from '@mend/core';
import { Link } from 'react-router';
import { usePreferences } from '../../api/use-preferences';
import { ScreenHeading } from '../../components/screen-heading';
import { PlanView } from '../../components/safety-plan/plan-view';
import { useShownPlan } from '../../components/safety-plan/use-shown-plan';
import { useAppLocked } from '../../lib/device-session';
import { initialHelpCountry } from '../../lib/help-country';

/**
 * The safety plan, to read and follow. Opens signed out and offline from this device's copy;
 * prints on one page.
 */
export function SafetyPlanScreen() {
  const { plan, skillName, signedIn, waiting } = useShownPlan();
  const locked = useAppLocked();
  // The account's country when signed in (it also becomes this device's), else this device's.
  const preferences = usePreferences(signedIn);
  const help = helpForCountry(preferences.data?.country ?? initialHelpCountry());
  const empty = !plan || isSafetyPlanEmpty(plan);

  return (
    <section className="screen safety-plan-screen">
      <ScreenHeading>My safety plan</ScreenHeading>
      <p className="lead">One step at a time, from the top. Any step you manage is enough for now.</p>

      <div className="status-line plan-actions">
        {signedIn && <Link className="button-secondary" to="/safety-plan/edit">{empty ? 'Write my safety plan' : 'Edit my plan'}</Link>}
        {!empty && <button type="button" className="button-secondary" onClick={() => window.print()}>Print</button>}
        <Link className="button-secondary" to="/help">I need help now</Link>
      </div>

      {waiting && <p role="status">Opening your plan…</p>}
      {!waiting && empty && (
        <div className="empty-state">
          {signedIn ? (
            <p>You haven’t written a safety plan yet. It takes a few minutes, and you can fill in one part now and the rest another day.</p>
          ) : locked ? (
            // Signed in, but locked, with no copy on this device (or none written yet).
            <p>Mend is locked, and this device has no copy of your plan. Unlock Mend with your PIN to see it here.</p>
          ) : (
            <p>Sign in once on this device to see your plan here. After that it opens here even without signing in or a connection, unless you turn that off in Settings.</p>
          )}
        </div>
      )}

      {plan && <PlanView plan={plan} skillName={skillName} help={help} linkSkills={signedIn} />}
      {/* The crisis lines never wait for the plan. */}
      {!plan && <PlanView plan={emptySafetyPlan()} skillName={skillName} help={help} linkSkills={false} />}

      {plan?.savedAt && <p className="line-source">Last changed {new Date(plan.savedAt).toLocaleString()}.</p>}
      <p className="not-emergency">Mend is not an emergency service. If you are in danger now, call your local emergency number.</p>
    </section>
  );
}
