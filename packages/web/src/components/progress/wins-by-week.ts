import type { Win } from '@mend/core';
import { localClock } from '../../lib/reminders-due';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface WinWeek {
  /** The local Monday, "2026-11-02". */
  weekStart: string;
  wins: Win[];
}

/** The local Monday of the week an instant falls in. Noon UTC of the local date keeps the date arithmetic exact. */
export function weekStartOf(iso: string, timeZone: string): string {
  const clock = localClock(new Date(iso), timeZone);
  const noon = Date.parse(`${clock.day}T12:00:00Z`) - clock.weekday * DAY_MS;
  return new Date(noon).toISOString().slice(0, 10);
}

/** Wins grouped by local week (Monday start), newest week first, newest win first. */
export function winsByWeek(wins: readonly Win[], timeZone: string): WinWeek[] {
  const sorted = [...wins].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const weeks: WinWeek[] = [];
  for (const win of sorted) {
    const weekStart = weekStartOf(win.at, timeZone);
    const last = weeks.at(-1);
    if (last?.weekStart === weekStart) last.wins.push(win);
    else weeks.push({ weekStart, wins: [win] });
  }
  return weeks;
}

/** "This week", "Last week", or "Week of 19 October 2026". */
export function weekHeading(weekStart: string, now: Date, timeZone: string): string {
  const thisWeek = weekStartOf(now.toISOString(), timeZone);
  if (weekStart === thisWeek) return 'This week';
  if (weekStart === new Date(Date.parse(`${thisWeek}T12:00:00Z`) - 7 * DAY_MS).toISOString().slice(0, 10)) return 'Last week';
  const date = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${weekStart}T12:00:00Z`));
  return `Week of ${date}`;
}
