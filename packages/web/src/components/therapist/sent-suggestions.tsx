import type { TherapistSuggestion } from '@mend/core';
import { longDay } from '../../lib/share-words';
import { useSuggestionTarget } from '../sharing/suggestion-item';

const STATUS_WORDS: Record<TherapistSuggestion['status'], string> = {
  open: 'Not answered yet',
  accepted: 'Accepted',
  declined: 'Not now',
};

/** What this therapist suggested to the person, and their answers. */
export function SentSuggestions({ suggestions }: { suggestions: readonly TherapistSuggestion[] }) {
  const target = useSuggestionTarget();
  return (
    <section className="sent-suggestions" aria-labelledby="sent-suggestions-heading">
      <h2 id="sent-suggestions-heading">What you suggested</h2>
      {suggestions.length === 0 ? <p>Nothing yet.</p> : (
        <ul className="shared-list">
          {suggestions.map((suggestion) => (
            <li key={suggestion.id} className="shared-item">
              <h3>{target(suggestion).name} <span className="hint">({suggestion.kind === 'area' ? 'healing area' : 'skill'})</span></h3>
              {suggestion.message && <p className="shared-text">“{suggestion.message}”</p>}
              <p>
                Sent {longDay(suggestion.createdAt)} · {STATUS_WORDS[suggestion.status]}
                {suggestion.answeredAt && <> on {longDay(suggestion.answeredAt)}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
