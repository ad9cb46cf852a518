import { MAX_TAG_LENGTH, normalizeTag } from '@mend/core';
import { useId, useState, type KeyboardEvent } from 'react';
import { describedBy, FieldError } from './field-error';
import { toggled, ToggleButton } from './toggle-button';

interface TagPickerProps {
  /** The form field this edits, for error focus. */
  field: string;
  legend: string;
  hint?: string;
  inputLabel: string;
  addLabel: string;
  /** Tags used before, most used first. */
  suggestions: readonly string[];
  selected: readonly string[];
  onChange: (tags: string[]) => void;
  error?: string | undefined;
}

const MAX_SUGGESTIONS = 8;

/** Reusable tags: earlier ones one tap away, new ones typed and kept in one spelling. */
export function TagPicker({ field, legend, hint, inputLabel, addLabel, suggestions, selected, onChange, error }: TagPickerProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const normalized = normalizeTag(draft);
  const matching = suggestions.filter((tag) => !selected.includes(tag) && (!normalized || tag.includes(normalized)));
  const shown = [...selected, ...matching.slice(0, MAX_SUGGESTIONS)];
  const showSpelling = Boolean(normalized) && normalized !== draft.trim();

  const add = () => {
    if (!normalized) return;
    if (!selected.includes(normalized)) onChange([...selected, normalized]);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    }
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <fieldset className="tag-picker" data-field={field} aria-describedby={describedBy(hint && hintId, error && errorId)}>
      <legend>{legend}</legend>
      {hint && <p className="hint" id={hintId}>{hint}</p>}
      <FieldError id={errorId} message={error} />
      {shown.length > 0 && (
        <div className="toggle-list">
          {shown.map((tag) => (
            <ToggleButton key={tag} pressed={selected.includes(tag)} onToggle={() => onChange(toggled(selected, tag))}>
              {tag}
            </ToggleButton>
          ))}
        </div>
      )}
      <div className="field field-inline">
        <label htmlFor={`${id}-input`}>{inputLabel}</label>
        <div className="inline-row">
          <input
            id={`${id}-input`}
            type="text"
            value={draft}
            maxLength={MAX_TAG_LENGTH * 2}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            autoComplete="off"
            aria-describedby={describedBy(showSpelling && `${id}-spelling`)}
          />
          <button type="button" className="button-secondary" onClick={add} disabled={!normalized}>{addLabel}</button>
        </div>
        {showSpelling && <p className="hint" id={`${id}-spelling`}>Will be saved as “{normalized}”.</p>}
      </div>
    </fieldset>
  );
}
