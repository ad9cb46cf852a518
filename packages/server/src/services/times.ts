/**
 * Every stored timestamp is UTC with milliseconds ("2026-11-02T21:40:00.000Z"): one fixed width,
 * so text order is time order in both databases, whatever offset the client sent.
 */
export function normalizeTime(iso: string): string {
  return new Date(iso).toISOString();
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 24 * 60 * 60 * 1000);
}

/** "mend-export-2026-11-02.json" needs the UTC day. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
