import type { Suggestion, SuggestionBand } from '@mend/core';
import { Link } from 'react-router';
import { KIND_LABELS } from '../../lib/labels';
import './suggestions.css';

const BAND_LINES: Record<SuggestionBand, string> = {
  'steady-first': 'First, something to steady you. Deeper work can wait for a calmer moment.',
  ease: 'What has eased things for you before comes first.',
  heal: 'You seem fairly steady. If you’d like, here is one small step on your path, with lighter things beside it.',
  gentle: 'Something light, for a moment like this.',
};

const SOURCE_WORDS: Record<Suggestion['source'], string> = {
  'own-data': 'from your own log',
  catalogue: 'from Mend’s toolkit',
  path: 'a step on your path',
};

/** Where a suggestion opens: its guided exercise when there is one, else the skill's page; a path step says its area, so doing it counts on the path. */
export function suggestionHref(suggestion: Suggestion): string {
  const base = suggestion.exerciseId ? `/practice/${suggestion.exerciseId}` : `/toolkit/${suggestion.skillId}`;
  return suggestion.pathAreaId ? `${base}?path=${encodeURIComponent(suggestion.pathAreaId)}` : base;
}

interface SuggestionListProps {
  band: SuggestionBand;
  suggestions: readonly Suggestion[];
  name: (skillId: string) => string;
}

/** The ranked list: best first, each with why, in plain words, and one button to open it. */
export function SuggestionList({ band, suggestions, name }: SuggestionListProps) {
  if (suggestions.length === 0) {
    return (
      <p>
        Mend has nothing to suggest for this yet. Every skill is in <Link to="/toolkit">your toolkit</Link>, and
        help is always one tap away.
      </p>
    );
  }
  return (
    <>
      <p>{BAND_LINES[band]}</p>
      <ol className="suggestion-list">
        {suggestions.map((suggestion) => {
          const skillName = name(suggestion.skillId);
          return (
            <li key={suggestion.skillId} className="suggestion-card">
              <h3>{skillName}</h3>
              <p className="suggestion-meta">{KIND_LABELS[suggestion.kind].name} · {SOURCE_WORDS[suggestion.source]}</p>
              <p className="suggestion-reason">{suggestion.reason}</p>
              <Link className="button-primary" to={suggestionHref(suggestion)}>
                {suggestion.exerciseId ? 'Start' : 'Open'}<span className="visually-hidden"> {skillName}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </>
  );
}
