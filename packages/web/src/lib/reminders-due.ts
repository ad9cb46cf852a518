import type { NextStep, PendingFollowUp, PracticePlan, Practice } from '@mend/core';

/** Where an instant falls on a local clock: the day ("2026-11-02"), weekday (0 = Monday) and minutes since midnight. */
export interface LocalClock {
  day: string;
  weekday: number;
  minutes: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function formatIn(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
}

/** The local clock in `timeZone`, or in `fallback` when this browser does not know that zone. */
export function localClock(now: Date, timeZone: string, fallback = 'UTC'): LocalClock {
  let format: Intl.DateTimeFormat;
  try {
    format = formatIn(timeZone);
  } catch {
    format = formatIn(fallback);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** What the reminders need to know about the path. */
export interface ReminderPath {
  plan: PracticePlan | null;
  paused: boolean;
  next: NextStep | null;
}

export interface PlannedToday {
  /** The plan's local day, the key for "Not today" and for one notification a day. */
  day: string;
  time: string;
  next: NextStep;
}

/**
 * A practice planned for today whose time has come: today is one of the plan's weekdays, its time
 * has passed on the plan's own clock (the same clock the calendar feed uses), the path is not
 * paused, and the pace leaves room for a step. Whether one was done today is checked after.
 */
export function plannedPracticeToday(path: ReminderPath | null | undefined, now: Date, timeZone: string): PlannedToday | null {
  if (!path || path.paused || !path.plan || !path.next?.ready) return null;
  const { plan, next } = path;
  const clock = localClock(now, plan.timeZone, timeZone);
  if (!plan.weekdays.includes(clock.weekday)) return null;
  const [hours, minutes] = plan.time.split(':').map(Number);
  if (clock.minutes < (hours ?? 0) * 60 + (minutes ?? 0)) return null;
  return { day: clock.day, time: plan.time, next };
}

export type RecentPractice = Pick<Practice, 'startedAt' | 'pathAreaId' | 'kind'>;

export interface RemindersInput {
  path: ReminderPath | null | undefined;
  pendingFollowUps: readonly PendingFollowUp[];
  /** Practices of about the last day; null while not known yet (then no practice reminder, rather than a wrong one). */
  recentPractices: readonly RecentPractice[] | null | undefined;
  now: Date;
  /** The device's time zone, used when this browser does not know the plan's. */
  timeZone: string;
  /** The day "Not today" was chosen for, if any. */
  dismissedDay?: string | null | undefined;
}

export interface DueReminders {
  practice: PlannedToday | null;
  followUps: PendingFollowUp[];
}

/** A step on the path, or any healing practice, done on the plan's day counts as today's practice. */
function practisedOn(day: string, practices: readonly RecentPractice[], timeZone: string, fallback: string): boolean {
  return practices.some((practice) => (practice.pathAreaId !== null || practice.kind === 'healing')
    && localClock(new Date(practice.startedAt), timeZone, fallback).day === day);
}

/** Which gentle reminders are due now. Nothing here ever counts what was missed. */
export function remindersDue(input: RemindersInput): DueReminders {
  const { path, now, timeZone } = input;
  let practice = plannedPracticeToday(path, now, timeZone);
  if (practice && (
    input.dismissedDay === practice.day
    || !input.recentPractices
    || practisedOn(practice.day, input.recentPractices, path!.plan!.timeZone, timeZone)
  )) practice = null;
  const followUps = input.pendingFollowUps.filter((item) => Date.parse(item.dueAt) <= now.getTime());
  return { practice, followUps };
}

/** Where to look for today's practices: a little more than a day back, steady within the hour so the query is not redone each minute. */
export function practicesLookBackFrom(now: Date): string {
  const hour = 60 * 60 * 1000;
  return new Date(Math.floor(now.getTime() / hour) * hour - 30 * hour).toISOString();
}
