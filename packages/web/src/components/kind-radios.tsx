import { SKILL_KINDS, type SkillKind } from '@mend/core';
import { KIND_LABELS } from '../lib/labels';
import { describedBy, FieldError } from './field-error';

interface KindRadiosProps<AllowAll extends boolean> {
  name: string;
  legend: string;
  value: AllowAll extends true ? SkillKind | 'all' : SkillKind | null;
  onChange: (kind: SkillKind | 'all') => void;
  includeAll?: AllowAll;
  error?: string | undefined;
}

/** Coping, healing, maladaptive: each with one plain line on what it means, none of them a verdict. */
export function KindRadios<AllowAll extends boolean = false>({ name, legend, value, onChange, includeAll, error }: KindRadiosProps<AllowAll>) {
  const options: (SkillKind | 'all')[] = includeAll ? ['all', ...SKILL_KINDS] : [...SKILL_KINDS];
  const errorId = `${name}-error`;
  return (
    <fieldset className="kind-radios" data-field={name} aria-describedby={describedBy(error && errorId)}>
      <legend>{legend}</legend>
      <FieldError id={errorId} message={error} />
      <div className="choice-list">
        {options.map((kind) => (
          <div key={kind} className="choice-with-hint">
            <label className="choice">
              <input
                type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)}
                aria-describedby={kind === 'all' ? undefined : `${name}-${kind}-line`}
              />
              <span>{kind === 'all' ? 'All kinds' : KIND_LABELS[kind].name}</span>
            </label>
            {kind !== 'all' && <p className="hint" id={`${name}-${kind}-line`}>{KIND_LABELS[kind].line}</p>}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
