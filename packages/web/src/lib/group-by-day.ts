/** Calendar day of an instant in a time zone, as "2026-11-02". */
export function dayKey(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(iso));
}

export interface DayGroup<T> {
  day: string;
  items: T[];
}

/** Items grouped by the local day they happened on, newest day first, newest item first. */
export function groupByDay<T extends { occurredAt: string }>(items: readonly T[], timeZone?: string): DayGroup<T>[] {
  const sorted = [...items].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  const groups: DayGroup<T>[] = [];
  for (const item of sorted) {
    const day = dayKey(item.occurredAt, timeZone);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/** "Today", "Yesterday", or the date written out, for a day heading. */
export function dayHeading(day: string, now: Date, timeZone?: string): string {
  const today = dayKey(now.toISOString(), timeZone);
  const yesterday = dayKey(new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString(), timeZone);
  if (day === today) return 'Today';
  if (day === yesterday) return 'Yesterday';
  // Noon UTC keeps the calendar date the same in every time zone.
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${day}T12:00:00Z`));
}

export function timeOfDay(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}
