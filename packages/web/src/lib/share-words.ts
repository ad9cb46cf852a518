import { SHARE_SCOPES, type ShareScope } from '@mend/core';

/** What each share choice lets a therapist see, in one plain line. */
export const SHARE_SCOPE_WORDS: Record<ShareScope, { name: string; line: string }> = {
  summary: { name: 'Summary and insights', line: 'Distress over time, what soothed and what only distracted, recurring triggers: numbers, tags and skill names — none of your notes.' },
  moments: { name: 'Moments', line: 'Each moment’s distress, feelings, tags and what you did, without what you wrote.' },
  notes: { name: 'What you wrote too', line: 'The trigger and note you typed for each moment. Needs “Moments”.' },
  'safety-plan': { name: 'Safety plan', line: 'Your safety plan as it stands whenever they look: when you change it, they see the new version.' },
  practices: { name: 'Practices and worksheets', line: 'The guided practices you did and what you answered in them.' },
};

/** "summary and insights, moments": the choices in the contract's order, in words. */
export function scopeList(scopes: readonly ShareScope[]): string {
  const names = SHARE_SCOPES.filter((scope) => scopes.includes(scope)).map((scope) => SHARE_SCOPE_WORDS[scope].name.toLowerCase());
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A year is 365 days, never 366: the server allows at most MAX_SHARE_DAYS (366) ahead, and its clock may run a little ahead of this one. */
export const SHARE_DURATIONS = [
  { id: '2w', label: '2 weeks', days: 14, months: 0 },
  { id: '1m', label: '1 month', days: 0, months: 1 },
  { id: '3m', label: '3 months', days: 0, months: 3 },
  { id: '6m', label: '6 months', days: 0, months: 6 },
  { id: '1y', label: '1 year', days: 365, months: 0 },
] as const;
export type ShareDuration = (typeof SHARE_DURATIONS)[number]['id'];

/** The end of a share chosen as "how long", from `now`. */
export function shareUntil(duration: ShareDuration, now: Date): string {
  const choice = SHARE_DURATIONS.find((each) => each.id === duration) ?? SHARE_DURATIONS[1];
  const until = new Date(now);
  until.setMonth(until.getMonth() + choice.months);
  until.setDate(until.getDate() + choice.days);
  return until.toISOString();
}

/** "14 March 2027": the day a share ends, in the reader's own time zone. */
export const longDay = (iso: string) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

/** Notes need moments: taking moments away takes notes with them, and ticking notes ticks moments. */
export function toggleScope(scopes: readonly ShareScope[], scope: ShareScope, on: boolean): ShareScope[] {
  let next = new Set(scopes);
  if (on) {
    next.add(scope);
    if (scope === 'notes') next.add('moments');
  } else {
    next.delete(scope);
    if (scope === 'moments') next.delete('notes');
  }
  next = new Set(SHARE_SCOPES.filter((each) => next.has(each)));
  return [...next];
}
