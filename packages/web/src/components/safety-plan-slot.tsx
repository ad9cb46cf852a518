import { isSafetyPlanEmpty } from '@mend/core';
import { Link } from 'react-router';
import { PlanFirstSteps } from './safety-plan/plan-first-steps';
import { useDevicePlan } from './safety-plan/use-shown-plan';

/**
 * The person's own plan at the top of the help screen: what they said calms them and who they
 * can ask. Read from this device only, so it shows at once, signed out and offline.
 */
export function SafetyPlanSlot() {
  const { plan, skillName } = useDevicePlan();
  if (!plan || isSafetyPlanEmpty(plan)) {
    return <p><Link to="/safety-plan">Open my safety plan</Link></p>;
  }
  return (
    <section className="plan-slot" aria-labelledby="plan-slot-heading">
      <h2 id="plan-slot-heading">From my safety plan</h2>
      <PlanFirstSteps plan={plan} skillName={skillName} idPrefix="plan-slot" />
      <p><Link className="button-secondary" to="/safety-plan">Open my whole safety plan</Link></p>
    </section>
  );
}
