import { useTherapistSuggestions } from '../../api/use-sharing';
import { SuggestionItem } from './suggestion-item';

/** Every suggestion from a therapist, open ones first (the server's order), with the answers given. */
export function TherapistSuggestions() {
  const suggestions = useTherapistSuggestions();
  if (!suggestions.data || suggestions.data.length === 0) return null;
  return (
    <section aria-labelledby="therapist-suggestions-heading">
      <h2 id="therapist-suggestions-heading">Suggested by your therapist</h2>
      <p className="hint">Take what fits. Saying “not now” is always fine.</p>
      <ul className="suggestion-list">
        {suggestions.data.map((suggestion) => <SuggestionItem key={suggestion.id} suggestion={suggestion} />)}
      </ul>
    </section>
  );
}
