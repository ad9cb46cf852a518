import { describedBy, FieldError } from '../field-error';

interface LinesFieldProps {
  id: string;
  label: string;
  prompt: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** One part of the plan as free text, one entry per line. */
export function LinesField({ id, label, prompt, value, onChange, error }: LinesFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>{prompt} One per line.</p>
      <FieldError id={`${id}-error`} message={error} />
      <textarea
        id={id} data-field={id} rows={4} value={value} onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
      />
    </div>
  );
}
