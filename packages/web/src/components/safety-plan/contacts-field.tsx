import { describedBy, FieldError } from '../field-error';
import type { ContactDraft } from '../../lib/safety-plan-draft';

interface ContactsFieldProps {
  id: string;
  legend: string;
  prompt: string;
  /** "person" or "service": how the add button and the rows are named. */
  noun: string;
  rows: ContactDraft[];
  onChange: (rows: ContactDraft[]) => void;
  error: string | undefined;
}

const EMPTY_ROW: ContactDraft = { name: '', phone: '', note: '' };

/** People or services with a phone number for Call and Text buttons. */
export function ContactsField({ id, legend, prompt, noun, rows, onChange, error }: ContactsFieldProps) {
  const change = (index: number, field: keyof ContactDraft, value: string) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  return (
    <fieldset data-field={id} aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}>
      <legend>{legend}</legend>
      <p className="hint" id={`${id}-hint`}>{prompt}</p>
      <FieldError id={`${id}-error`} message={error} />
      <ol className="contact-rows">
        {rows.map((row, index) => {
          const label = `${noun} ${index + 1}`;
          return (
            <li key={index} className="contact-row">
              <div className="field">
                <label htmlFor={`${id}-${index}-name`}>Name <span className="visually-hidden">of {label}</span></label>
                <input id={`${id}-${index}-name`} type="text" value={row.name} onChange={(event) => change(index, 'name', event.target.value)} autoComplete="off" />
              </div>
              <div className="field">
                <label htmlFor={`${id}-${index}-phone`}>Phone <span className="visually-hidden">of {label}</span></label>
                <input id={`${id}-${index}-phone`} type="tel" inputMode="tel" value={row.phone} onChange={(event) => change(index, 'phone', event.target.value)} autoComplete="off" />
              </div>
              <div className="field">
                <label htmlFor={`${id}-${index}-note`}>Note <span className="legend-note">(optional)</span><span className="visually-hidden"> for {label}</span></label>
                <input id={`${id}-${index}-note`} type="text" value={row.note} onChange={(event) => change(index, 'note', event.target.value)} autoComplete="off" />
              </div>
              <button type="button" className="link-button" onClick={() => onChange(rows.filter((_, at) => at !== index))}>
                Remove {row.name.trim() || label}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button-secondary" onClick={() => onChange([...rows, { ...EMPTY_ROW }])}>Add a {noun}</button>
    </fieldset>
  );
}
