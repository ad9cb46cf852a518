import { CRISIS_LINES } from '@mend/core';
import { OTHER_COUNTRY } from '../lib/help-country';

const COUNTRIES = [...CRISIS_LINES].sort((a, b) => a.countryName.localeCompare(b.countryName));

interface CountrySelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (country: string) => void;
  hint?: string;
  disabled?: boolean;
}

/** The countries Mend has checked crisis lines for, and "Other country". */
export function CountrySelect({ id, label, value, onChange, hint, disabled }: CountrySelectProps) {
  return (
    <div className="field country-field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} disabled={disabled}>
        {COUNTRIES.map((entry) => <option key={entry.country} value={entry.country}>{entry.countryName}</option>)}
        <option value={OTHER_COUNTRY}>Other country</option>
      </select>
    </div>
  );
}
