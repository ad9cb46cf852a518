import { describedBy, FieldError } from '../field-error';
import type { AnswerProps } from './step-types';

/** "Something you can see" reads "1 of 5: something you can see"; "I…" keeps its capital. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** A few short entries, each its own labelled field ("1 of 5: something you can see"). */
export function ListStep({ step, value, onChange, error }: AnswerProps<'list'>) {
  const current = Array.isArray(value) ? value : [];
  const entries = Array.from({ length: step.count }, (_, index) => String(current[index] ?? ''));
  const errorId = `${step.id}-error`;
  const set = (index: number, text: string) => onChange(entries.map((entry, each) => (each === index ? text : entry)));

  return (
    <fieldset className="practice-list" data-field={step.id} aria-describedby={describedBy(error && errorId)}>
      <legend>{step.prompt}{step.optional && <span className="legend-note"> (as many as you like)</span>}</legend>
      <FieldError id={errorId} message={error} />
      {entries.map((entry, index) => {
        const id = `${step.id}-${index}`;
        return (
          <div className="field" key={id}>
            <label htmlFor={id}>{index + 1} of {step.count}: {inSentence(step.itemLabel)}</label>
            <input id={id} type="text" value={entry} maxLength={300} autoComplete="off" onChange={(event) => set(index, event.target.value)} />
          </div>
        );
      })}
    </fieldset>
  );
}
