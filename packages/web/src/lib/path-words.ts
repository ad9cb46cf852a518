import { localClock } from './reminders-due';

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** "later today, at 18:00", "tomorrow", "on Thursday", "next Monday" (a week on): when the pace leaves room again. Never how long it has been. */
export function opensWhen(readyFrom: string, now: Date, timeZone: string): string {
  const at = new Date(readyFrom);
  const then = localClock(at, timeZone);
  if (then.day === localClock(now, timeZone).day) {
    const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone }).format(at);
    return `later today, at ${time}`;
  }
  if (then.day === localClock(new Date(now.getTime() + DAY_MS), timeZone).day) return 'tomorrow';
  // A week on is today's weekday again: "next Monday", never "on Monday" said on a Monday.
  const next = then.weekday === localClock(now, timeZone).weekday ? 'next' : 'on';
  return `${next} ${WEEKDAY_NAMES[then.weekday] ?? 'another day'}`;
}

/** "19:00" and a list of weekdays as words: "Monday and Thursday at 19:00". */
export function planWords(weekdays: readonly number[], time: string): string {
  const names = [...weekdays].sort((a, b) => a - b).map((day) => WEEKDAY_NAMES[day] ?? '');
  if (names.length === 7) return `every day at ${time}`;
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${list} at ${time}`;
}
