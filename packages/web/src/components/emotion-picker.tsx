import { EMOTION_GROUPS, type Emotion } from '@mend/core';
import { describedBy, FieldError } from './field-error';
import { toggled } from './toggle-button';

interface EmotionPickerProps {
  selected: readonly Emotion[];
  onChange: (emotions: Emotion[]) => void;
  error?: string | undefined;
}

/** The vocabulary by energy × pleasantness: one group per quadrant, pick as many as fit. */
export function EmotionPicker({ selected, onChange, error }: EmotionPickerProps) {
  return (
    <fieldset className="emotion-picker" data-field="emotions" aria-describedby={describedBy('emotions-hint', error && 'emotions-error')}>
      <legend>What did you feel?</legend>
      <p className="hint" id="emotions-hint">Pick as many as fit, or none.</p>
      <FieldError id="emotions-error" message={error} />
      <div className="emotion-groups">
        {EMOTION_GROUPS.map((group) => (
          <fieldset key={group.id} className="emotion-group">
            <legend>
              {group.label} <span className="legend-note">({group.description.toLocaleLowerCase()})</span>
            </legend>
            <div className="chip-list">
              {group.emotions.map((emotion) => (
                <label key={emotion} className="chip">
                  <input
                    type="checkbox"
                    checked={selected.includes(emotion)}
                    onChange={() => onChange(toggled(selected, emotion))}
                  />
                  <span>{emotion}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
