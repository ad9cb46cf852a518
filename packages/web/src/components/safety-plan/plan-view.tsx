import type { CountryHelp, SafetyPlanContent } from '@mend/core';
import { Link } from 'react-router';
import { CrisisLineCard } from '../crisis-line-card';
import { OtherCountryHelp } from '../other-country-help';
import { ContactCard } from './contact-card';
import { PLAN_PARTS, partIsEmpty, type PlanPartKey } from './plan-parts';

interface PlanViewProps {
  plan: SafetyPlanContent;
  skillName: (id: string) => string;
  /** The built-in lines shown beside the person's own professionals; null: how to find one. */
  help: CountryHelp | null;
  /** Link picked skills to their guided steps (signed in); signed out they read as plain words. */
  linkSkills: boolean;
  /** Leave out empty parts (reading in a crisis) or show them with their prompt (a plan being started). */
  hideEmpty?: boolean;
}

/** The plan, part by part, each a region with its own heading. Crisis lines always show. */
export function PlanView({ plan, skillName, help, linkSkills, hideEmpty = true }: PlanViewProps) {
  return (
    <div className="plan-view">
      {PLAN_PARTS.map((part) => {
        const empty = partIsEmpty(plan, part.key);
        if (empty && hideEmpty && part.key !== 'professionals') return null;
        const headingId = `plan-${part.key}`;
        return (
          <section key={part.key} className="plan-part" aria-labelledby={headingId}>
            <h2 id={headingId}>{part.title}</h2>
            {empty && part.key !== 'professionals' ? <p className="hint">{part.prompt}</p> : <PartBody part={part.key} plan={plan} skillName={skillName} help={help} linkSkills={linkSkills} />}
          </section>
        );
      })}
    </div>
  );
}

function PartBody({ part, plan, skillName, help, linkSkills }: Omit<PlanViewProps, 'hideEmpty'> & { part: PlanPartKey }) {
  switch (part) {
    case 'calming':
      return (
        <ul className="plan-list">
          {plan.calmingSkillIds.map((id) => (
            <li key={id}>{linkSkills ? <Link to={`/toolkit/${id}`}>{skillName(id)}</Link> : skillName(id)}</li>
          ))}
          {plan.calmingIdeas.map((idea, index) => <li key={`idea-${index}`}>{idea}</li>)}
        </ul>
      );
    case 'helpers':
      return <ul className="line-list">{plan.helpers.map((contact, index) => <ContactCard key={index} contact={contact} />)}</ul>;
    case 'professionals':
      return (
        <>
          {plan.professionals.length > 0 && (
            <ul className="line-list">{plan.professionals.map((contact, index) => <ContactCard key={index} contact={contact} />)}</ul>
          )}
          {help ? (
            <ul className="line-list plan-lines" aria-label={`Crisis lines in ${help.countryName}`}>
              {help.lines.map((line) => <CrisisLineCard key={line.name} line={line} />)}
            </ul>
          ) : (
            <OtherCountryHelp />
          )}
        </>
      );
    case 'reasons':
      return (
        <>
          <ul className="plan-list">{plan.reasons.map((reason, index) => <li key={index}>{reason}</li>)}</ul>
          {plan.photo && <img className="plan-photo" src={plan.photo} alt="A photo I chose to remind me" />}
        </>
      );
    default:
      return <ul className="plan-list">{plan[part].map((item, index) => <li key={index}>{item}</li>)}</ul>;
  }
}
