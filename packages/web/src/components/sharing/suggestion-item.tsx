import { HEALING_AREAS, type TherapistSuggestion } from '@mend/core';
import { Link } from 'react-router';
import { useAnswerTherapistSuggestion } from '../../api/use-sharing';
import { useSkillName } from '../../api/use-skills';

/** A suggested area or skill by name; an area no longer in the list still reads as words. */
export function useSuggestionTarget(): (suggestion: Pick<TherapistSuggestion, 'kind' | 'targetId'>) => { name: string; href: string; linkText: string } {
  const skillName = useSkillName();
  return (suggestion) => {
    if (suggestion.kind === 'area') {
      const area = HEALING_AREAS.find((each) => each.id === suggestion.targetId);
      return { name: area?.name ?? skillName(suggestion.targetId), href: '/path', linkText: 'See your healing path' };
    }
    const name = skillName(suggestion.targetId);
    return { name, href: `/toolkit/${suggestion.targetId}`, linkText: `Read about ${name}` };
  };
}

const ANSWERED = {
  accepted: { area: 'You accepted this. It was added to your healing path.', skill: 'You accepted this. It is kept here, suggested by your therapist.' },
  declined: { area: 'You said not now.', skill: 'You said not now.' },
} as const;

/** "<therapist> suggests: <name>", their message, and Accept or "Not now" (always fine). */
export function SuggestionItem({ suggestion, headingLevel = 3 }: { suggestion: TherapistSuggestion; headingLevel?: 2 | 3 }) {
  const answer = useAnswerTherapistSuggestion();
  const target = useSuggestionTarget()(suggestion);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `suggestion-${suggestion.id}`;
  return (
    <li className="suggestion-item" aria-labelledby={headingId}>
      <Heading id={headingId} className="suggestion-heading">{suggestion.therapist.name} suggests: {target.name}</Heading>
      {suggestion.message && <p className="suggestion-message">“{suggestion.message}”</p>}
      <p><Link to={target.href}>{target.linkText}</Link></p>
      <div role="status">
        {suggestion.status !== 'open' && <p className="hint">{ANSWERED[suggestion.status][suggestion.kind]}</p>}
      </div>
      {suggestion.status === 'open' && (
        <div className="inline-row">
          <button type="button" className="button-primary" disabled={answer.isPending} onClick={() => answer.mutate({ id: suggestion.id, answer: 'accepted' })}>
            Accept<span className="visually-hidden"> {target.name}</span>
          </button>
          <button type="button" className="button-secondary" disabled={answer.isPending} onClick={() => answer.mutate({ id: suggestion.id, answer: 'declined' })}>
            Not now<span className="visually-hidden"> for {target.name}</span>
          </button>
        </div>
      )}
      {answer.isError && <p role="alert" className="field-error">{answer.error.message}</p>}
    </li>
  );
}
