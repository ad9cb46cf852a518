import { useState } from 'react';
import { Link } from 'react-router';
import { useTherapistSuggestions } from '../../api/use-sharing';
import { SuggestionItem } from './suggestion-item';
import './sharing.css';

/**
 * Home's calm card, only while a therapist's suggestion waits for an answer. Asked in the
 * background after Home is on screen, so the quick log never waits for it. A suggestion answered
 * here stays on the card until Home opens again, so the answer can be read.
 */
export function SuggestionsCard() {
  const suggestions = useTherapistSuggestions({ background: true });
  const [shownIds, setShownIds] = useState<string[] | null>(null);
  const all = suggestions.data ?? [];
  const open = all.filter((suggestion) => suggestion.status === 'open').map((suggestion) => suggestion.id);
  if (shownIds === null && open.length > 0) setShownIds(open);
  const shown = all.filter((suggestion) => shownIds?.includes(suggestion.id));
  if (shown.length === 0) return null;
  return (
    <section className="suggestions-card" aria-labelledby="suggestions-card-heading">
      <h2 id="suggestions-card-heading">From your therapist, whenever you’re ready</h2>
      <ul className="suggestion-list">
        {shown.map((suggestion) => <SuggestionItem key={suggestion.id} suggestion={suggestion} />)}
      </ul>
      <p className="hint"><Link to="/settings/sharing">Sharing and suggestions</Link></p>
    </section>
  );
}
