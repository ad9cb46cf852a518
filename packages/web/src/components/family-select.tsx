import { SKILL_FAMILIES, type SkillFamily } from '@mend/core';
import { familyLabel } from '../lib/labels';
import { describedBy, FieldError } from './field-error';

interface FamilySelectProps {
  id: string;
  value: SkillFamily;
  onChange: (family: SkillFamily) => void;
  error?: string | undefined;
}

export function FamilySelect({ id, value, onChange, error }: FamilySelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>Family</label>
      <select
        id={id} data-field="family" value={value} onChange={(event) => onChange(event.target.value as SkillFamily)}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(error && `${id}-error`)}
      >
        {SKILL_FAMILIES.map((family) => <option key={family} value={family}>{familyLabel(family)}</option>)}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
