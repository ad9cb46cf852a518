import { describedBy, FieldError } from '../field-error';
import type { AnswerProps } from './step-types';

/** A written answer: the prompt is its label, the hint sits under it, the limit is kept. */
export function WritingStep({ step, value, onChange, error }: AnswerProps<'writing'>) {
  const text = typeof value === 'string' ? value : '';
  const id = `${step.id}-text`;
  const hintId = `${step.id}-hint`;
  const errorId = `${step.id}-error`;
  const nearLimit = text.length >= step.maxLength * 0.8;

  return (
    <div className="field practice-writing" data-field={step.id}>
      <label htmlFor={id}>{step.prompt}{step.optional && <span className="legend-note"> (optional)</span>}</label>
      {step.hint && <p className="hint" id={hintId}>{step.hint}</p>}
      <FieldError id={errorId} message={error} />
      <textarea
        id={id}
        rows={6}
        value={text}
        maxLength={step.maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(step.hint && hintId, error && errorId)}
        onChange={(event) => onChange(event.target.value)}
      />
      {nearLimit && <p className="hint">{text.length} of {step.maxLength} characters</p>}
    </div>
  );
}
