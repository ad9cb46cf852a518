import type { PathState } from '@mend/core';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalWeekday, type ICalDayJsStub } from 'ical-generator';

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
  return calendar.toString();
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

/**
 * A local date and time, as ical-generator's date stub. With a JS Date it would write the time
 * as the server's own zone sees it; this hands it the wall-clock time in the plan's zone directly.
 */
function wallClock(date: CivilDate, time: string, plusMinutes = 0): ICalDayJsStub {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  // Only the fields are read; UTC here just keeps the arithmetic free of any zone.
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day, hours, minutes + plusMinutes));
  const two = (value: number) => String(value).padStart(2, '0');
  const stamp: ICalDayJsStub = {
    tz: () => stamp,
    utc: () => stamp,
    format: (pattern) => {
      if (pattern === 'YYYYMMDD') return `${at.getUTCFullYear()}${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())}`;
      if (pattern === 'HHmmss') return `${two(at.getUTCHours())}${two(at.getUTCMinutes())}00`;
      return at.toISOString().slice(0, 19);
    },
    toDate: () => at,
    isValid: () => true,
    toJSON: () => at.toISOString().slice(0, 19),
  };
  return stamp;
}
