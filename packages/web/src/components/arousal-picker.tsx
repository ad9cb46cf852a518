import { AROUSAL_STATES, type Arousal } from '@mend/core';
import { AROUSAL_LABELS } from '../lib/labels';
import { describedBy, FieldError } from './field-error';

interface ArousalPickerProps {
  value: Arousal | null;
  onChange: (arousal: Arousal | null) => void;
  error?: string | undefined;
}

/** Where the body was: above, inside or below the window of tolerance. Numb is its own state. */
export function ArousalPicker({ value, onChange, error }: ArousalPickerProps) {
  return (
    <fieldset className="arousal-picker" data-field="arousal" aria-describedby={describedBy(error && 'arousal-error')}>
      <legend>How was your body?</legend>
      <FieldError id="arousal-error" message={error} />
      <div className="choice-list">
        {AROUSAL_STATES.map((state) => (
          <div key={state} className="choice-with-hint">
            <label className="choice">
              <input
                type="radio"
                name="arousal"
                value={state}
                checked={value === state}
                onChange={() => onChange(state)}
                aria-describedby={state === 'hypo' ? 'arousal-hypo-hint' : undefined}
              />
              <span>{AROUSAL_LABELS[state]}</span>
            </label>
            {state === 'hypo' && (
              <p className="hint" id="arousal-hypo-hint">
                Numb is not the same as calm: it is the body switching off to protect you.
              </p>
            )}
          </div>
        ))}
        <label className="choice">
          <input type="radio" name="arousal" value="" checked={value === null} onChange={() => onChange(null)} />
          <span>Not sure, or I’d rather skip this</span>
        </label>
      </div>
    </fieldset>
  );
}
