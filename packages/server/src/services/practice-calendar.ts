import type { PathState } from '@mend/core';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';

export const CALENDAR_EVENT_SUMMARY = "Mend: a practice, whenever you're ready";
const EVENT_DESCRIPTION = 'Time you set aside for yourself. If today is not the day, that is fine too.';
const EVENT_MINUTES = 30;
/** Monday = 0, as the plan stores weekdays. */
const WEEKDAYS = [ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR, ICalWeekday.SA, ICalWeekday.SU] as const;

/**
 * The iCalendar feed of planned practice: one weekly event per planned weekday at the plan's time
 * in the plan's time zone, so calendars keep it at that local time across daylight-saving changes.
 * Nothing about health goes in: the feed says only that a practice is planned. Empty when there
 * is no plan or the path is paused. The same path gives the same text (no "now" in it).
 */
export function practiceCalendar(path: PathState, uidSeed: string): string {
  const calendar = ical({
    name: 'Mend: planned practice',
    prodId: { company: 'Mend', product: 'Mend', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const plan = path.plan;
  if (!plan || path.paused || !path.updatedAt) return calendar.toString();
  const anchor = localDate(new Date(path.updatedAt), plan.timeZone);
  for (const weekday of [...plan.weekdays].sort((a, b) => a - b)) {
    const day = addDays(anchor, (weekday - weekdayOf(anchor) + 7) % 7);
    calendar.createEvent({
      id: `${uidSeed}-${WEEKDAYS[weekday]!.toLowerCase()}@mend`,
      summary: CALENDAR_EVENT_SUMMARY,
      description: EVENT_DESCRIPTION,
      start: wallClock(day, plan.time),
      end: wallClock(day, plan.time, EVENT_MINUTES),
      timezone: plan.timeZone,
      stamp: new Date(path.updatedAt),
      repeating: { freq: ICalEventRepeatingFreq.WEEKLY, byDay: [WEEKDAYS[weekday]!] },
    });
  }
  return withTimeZone(calendar.toString(), plan.timeZone);
}

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

function localDate(at: Date, timeZone: string): CivilDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Monday = 0 … Sunday = 6. */
function weekdayOf(date: CivilDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/** A local date and time without an offset: ical-generator writes it as given, under the event's TZID. */
function wallClock(date: CivilDate, time: string, plusMinutes = 0): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  // Only the fields are read; UTC here just keeps the arithmetic free of any zone.
  return new Date(Date.UTC(date.year, date.month - 1, date.day, hours, minutes + plusMinutes)).toISOString().slice(0, 19);
}

/**
 * Adds the VTIMEZONE block RFC 5545 wants for the events' TZID, from the IANA data
 * timezones-ical-library ships, before the first event. (ical-generator's own calendar time zone
 * would drop the TZID from the events.) Its TZID is set to the plan's name, so an old alias
 * ("Asia/Calcutta" for "Asia/Kolkata") still matches.
 */
function withTimeZone(text: string, name: string): string {
  // ical-generator writes UTC times with a "Z" and no TZID; then there is nothing to describe.
  if (!text.includes(`TZID=${name}:`)) return text;
  const found = tzlib_get_ical_block(name);
  if (!Array.isArray(found) || !found[0]) return text;
  const block = found[0].replace(/^TZID:.*$/m, `TZID:${name}`).trimEnd().replace(/\r?\n/g, '\r\n');
  return text.replace('BEGIN:VEVENT', `${block}\r\nBEGIN:VEVENT`);
}
