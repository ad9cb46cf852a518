import type { SafetyPlanContent } from '@mend/core';
import { ContactCard } from './contact-card';

interface PlanFirstStepsProps {
  plan: SafetyPlanContent;
  skillName: (id: string) => string;
  /** Unique per page, for the parts' headings. */
  idPrefix: string;
}

/** The few steps from the plan that matter first in a crisis: what calms me, who I can ask. Its headings are h3s, under an h2. */
export function PlanFirstSteps({ plan, skillName, idPrefix }: PlanFirstStepsProps) {
  const calming = [...plan.calmingSkillIds.map(skillName), ...plan.calmingIdeas].slice(0, 3);
  const people = plan.helpers.slice(0, 2);
  return (
    <>
      {calming.length > 0 && (
        <section aria-labelledby={`${idPrefix}-calming`}>
          <h3 id={`${idPrefix}-calming`}>Things that help me calm down</h3>
          <ul className="plan-list">{calming.map((item, index) => <li key={index}>{item}</li>)}</ul>
        </section>
      )}
      {people.length > 0 && (
        <section aria-labelledby={`${idPrefix}-people`}>
          <h3 id={`${idPrefix}-people`}>People I can ask</h3>
          <ul className="line-list">{people.map((contact, index) => <ContactCard key={index} contact={contact} />)}</ul>
        </section>
      )}
    </>
  );
}
