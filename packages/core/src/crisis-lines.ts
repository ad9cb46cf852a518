/**
 * Crisis lines shipped with Mend. Facts, each with where it was checked and when; start from
 * shared/reference/crisis-lines.md. Mend is not an emergency service: these are the people who are.
 */
export interface CrisisLine {
  name: string;
  /** What the line is, in a few words. */
  description: string;
  /** Number to call, as people write it. */
  call: string | null;
  /** Number to text, and what to send if a keyword is needed. */
  text: { number: string; body?: string; label?: string } | null;
  chatUrl: string | null;
  hours: string;
  source: string;
  lastChecked: string;
  /** false: not confirmed from the service's own page; shown with a note. */
  confirmed: boolean;
}

export interface CountryHelp {
  country: string;
  countryName: string;
  /** For "if you are in immediate danger". */
  emergency: string[];
  lines: CrisisLine[];
}

const CHECKED = '2026-11-22';

export const CRISIS_LINES: readonly CountryHelp[] = [
  {
    country: 'US', countryName: 'United States', emergency: ['911'],
    lines: [
      { name: '988 Suicide & Crisis Lifeline', description: 'Call or text, any hour. Press 1 for the Veterans Crisis Line, 2 for Spanish.', call: '988', text: { number: '988' }, chatUrl: 'https://988lifeline.org/chat/', hours: '24/7', source: 'https://988lifeline.org/get-help/what-to-expect/', lastChecked: CHECKED, confirmed: true },
      { name: '988 en español', description: 'Text in Spanish.', call: null, text: { number: '988', body: 'AYUDA', label: 'Text AYUDA to 988' }, chatUrl: null, hours: '24/7', source: 'https://988lifeline.org/get-help/what-to-expect/', lastChecked: CHECKED, confirmed: true },
      { name: 'Veterans Crisis Line (text)', description: 'For veterans, service members and their families.', call: null, text: { number: '838255' }, chatUrl: null, hours: '24/7', source: 'https://988lifeline.org/get-help/what-to-expect/', lastChecked: CHECKED, confirmed: true },
    ],
  },
  {
    country: 'CA', countryName: 'Canada', emergency: ['911'],
    lines: [
      { name: '9-8-8 Suicide Crisis Helpline', description: 'Call or text, in English or French.', call: '988', text: { number: '988' }, chatUrl: null, hours: '24/7', source: 'connectfm.ca news report on the 9-8-8 launch (30 Nov 2023)', lastChecked: CHECKED, confirmed: true },
    ],
  },
  {
    country: 'GB', countryName: 'United Kingdom', emergency: ['999', '112'],
    lines: [
      { name: 'Samaritans', description: 'Free to call, any hour. You can also email jo@samaritans.org.', call: '116 123', text: null, chatUrl: null, hours: '24/7', source: 'fullfact.org on Samaritans\' services', lastChecked: CHECKED, confirmed: true },
      { name: 'Shout', description: 'Text support if talking feels like too much.', call: null, text: { number: '85258', body: 'SHOUT', label: 'Text SHOUT to 85258' }, chatUrl: null, hours: '24/7', source: 'fullfact.org on Samaritans\' text service', lastChecked: CHECKED, confirmed: true },
    ],
  },
  {
    country: 'IE', countryName: 'Ireland', emergency: ['112', '999'],
    lines: [
      { name: 'Samaritans Ireland', description: 'Free to call, any hour.', call: '116 123', text: null, chatUrl: null, hours: '24/7', source: 'fullfact.org on Samaritans\' services', lastChecked: CHECKED, confirmed: true },
      { name: 'Text 50808', description: 'Free text support, any hour.', call: null, text: { number: '50808' }, chatUrl: null, hours: '24/7', source: 'todayfm.com on 50808', lastChecked: CHECKED, confirmed: true },
    ],
  },
  {
    country: 'AU', countryName: 'Australia', emergency: ['000'],
    lines: [
      { name: 'Lifeline', description: 'Call, text or chat online, any hour.', call: '13 11 14', text: { number: '0477 13 11 14' }, chatUrl: 'https://www.lifeline.org.au/crisis-chat/', hours: '24/7', source: 'lifeinmind.org.au (Lifeline text 24/7)', lastChecked: CHECKED, confirmed: true },
    ],
  },
  {
    country: 'NZ', countryName: 'New Zealand', emergency: ['111'],
    lines: [
      { name: 'Need to Talk? 1737', description: 'Call or text a trained counsellor, free.', call: '1737', text: { number: '1737' }, chatUrl: null, hours: '24/7', source: 'news report on New Zealand support lines', lastChecked: CHECKED, confirmed: true },
    ],
  },
  {
    country: 'FR', countryName: 'France', emergency: ['112'],
    lines: [
      { name: '3114', description: 'National suicide prevention line, free, any hour.', call: '3114', text: null, chatUrl: null, hours: '24/7', source: 'https://3114.fr', lastChecked: CHECKED, confirmed: true },
    ],
  },
  {
    country: 'DE', countryName: 'Germany', emergency: ['112'],
    lines: [
      { name: 'TelefonSeelsorge', description: 'Free to call; chat and mail on their website.', call: '0800 111 0 111', text: null, chatUrl: 'https://www.telefonseelsorge.de', hours: '24/7', source: 'not confirmed from an official page; second number 0800 111 0 222', lastChecked: CHECKED, confirmed: false },
      { name: 'TelefonSeelsorge (second number)', description: 'The same service on its other number.', call: '0800 111 0 222', text: null, chatUrl: null, hours: '24/7', source: 'not confirmed from an official page', lastChecked: CHECKED, confirmed: false },
    ],
  },
  {
    country: 'IN', countryName: 'India', emergency: ['112'],
    lines: [
      { name: 'Tele-MANAS', description: 'Government mental health line in 20 languages.', call: '14416', text: null, chatUrl: null, hours: '24/7', source: 'government announcement coverage', lastChecked: CHECKED, confirmed: true },
      { name: 'Tele-MANAS (toll-free)', description: 'The same service on its toll-free number.', call: '1-800-891-4416', text: null, chatUrl: null, hours: '24/7', source: 'government announcement coverage', lastChecked: CHECKED, confirmed: true },
    ],
  },
];

/** For every other country: how to find a line, without pretending we know one. */
export const FIND_A_HELPLINE = {
  title: 'Somewhere else',
  steps: [
    'If you are in immediate danger, call your local emergency number (112 works in most of Europe and on many mobile phones).',
    'Find a free, confidential helpline for your country in an up-to-date international directory.',
    'If you have a doctor or therapist, their office can tell you who to call out of hours.',
  ],
  directoryName: 'Find A Helpline (maintained by ThroughLine)',
  directoryUrl: 'https://findahelpline.com',
} as const;

export function helpForCountry(country: string | null | undefined): CountryHelp | null {
  if (!country) return null;
  return CRISIS_LINES.find((entry) => entry.country === country.toUpperCase()) ?? null;
}

/** "116 123" → "tel:116123"; keeps a leading +. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function smsHref(number: string, body?: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return body ? `sms:${digits}?&body=${encodeURIComponent(body)}` : `sms:${digits}`;
}

/** Guess the country from a language tag like "en-GB" or "zh-Hant-TW"; null when it carries none. */
export function countryFromLocale(locale: string | null | undefined): string | null {
  const [, second, third] = locale?.split(/[-_]/) ?? [];
  // A four-letter script subtag ("Hant") may sit between the language and the region.
  const region = second && /^[A-Za-z]{4}$/.test(second) ? third : second;
  return region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : null;
}

/** What GET /crisis-lines answers: every country, or only the one asked for (none if Mend has none for it). */
export function crisisLinesFor(country?: string): { countries: CountryHelp[]; elsewhere: typeof FIND_A_HELPLINE & { steps: string[] } } {
  const chosen = country === undefined ? CRISIS_LINES : CRISIS_LINES.filter((entry) => entry.country === country.toUpperCase());
  return {
    countries: chosen.map((entry) => ({ ...entry, emergency: [...entry.emergency], lines: entry.lines.map((line) => ({ ...line })) })),
    elsewhere: { ...FIND_A_HELPLINE, steps: [...FIND_A_HELPLINE.steps] },
  };
}
