import { countryFromLocale, helpForCountry } from '@mend/core';

export const OTHER_COUNTRY = 'other';
const STORAGE_KEY = 'mend.help.country';

/** The country last chosen on this device, else a guess from the browser's language, else "other". */
export function initialHelpCountry(): string {
  const stored = readStored();
  if (stored && (stored === OTHER_COUNTRY || helpForCountry(stored))) return stored;
  const guess = countryFromLocale(typeof navigator === 'undefined' ? null : navigator.language);
  return helpForCountry(guess)?.country ?? OTHER_COUNTRY;
}

export function rememberHelpCountry(country: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, country);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this visit only.
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
