import { DISTRESS_ANCHORS } from '@mend/core';
import { describedBy, FieldError } from './field-error';

interface DistressPickerProps {
  /** The radio group's name; also the prefix of its ids. */
  name: string;
  legend: string;
  value: number | null;
  onChange: (level: number | null) => void;
  /** Offer "not yet" (for distress after, which can come later). */
  allowNotYet?: boolean;
  error?: string | undefined;
}

/** 0–10 as native radios with big labels; each name starts with the number, then its plain words. */
export function DistressPicker({ name, legend, value, onChange, allowNotYet = false, error }: DistressPickerProps) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="distress-picker" data-field={name} aria-describedby={describedBy(error && errorId)}>
      <legend>{legend}</legend>
      <FieldError id={errorId} message={error} />
      <div className="distress-options">
        {DISTRESS_ANCHORS.map(({ level, label }) => (
          <label key={level} className="choice distress-choice" data-level={level}>
            <input
              type="radio"
              name={name}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            <span className="distress-number">{level}</span>{' '}
            <span className="distress-words">{label}</span>
          </label>
        ))}
        {allowNotYet && (
          <label className="choice distress-choice">
            <input type="radio" name={name} value="" checked={value === null} onChange={() => onChange(null)} />
            <span className="distress-words">Not yet, I’ll add it later</span>
          </label>
        )}
      </div>
    </fieldset>
  );
}
