import { isSafetyPlanEmpty } from '@mend/core';
import { Link } from 'react-router';
import { ContactCard } from './safety-plan/contact-card';
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
  const calming = [...plan.calmingSkillIds.map(skillName), ...plan.calmingIdeas].slice(0, 3);
  return (
    <section className="plan-slot" aria-labelledby="plan-slot-heading">
      <h2 id="plan-slot-heading">From my safety plan</h2>
      {calming.length > 0 && (
        <>
          <p>Things that help me calm down:</p>
          <ul className="plan-list">{calming.map((item, index) => <li key={index}>{item}</li>)}</ul>
        </>
      )}
      {plan.helpers.length > 0 && (
        <>
          <p>People I can ask:</p>
          <ul className="line-list">{plan.helpers.slice(0, 2).map((contact, index) => <ContactCard key={index} contact={contact} />)}</ul>
        </>
      )}
      <p><Link className="button-secondary" to="/safety-plan">Open my whole safety plan</Link></p>
    </section>
  );
}
