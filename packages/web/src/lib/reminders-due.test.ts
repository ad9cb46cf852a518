import type { NextStep, PendingFollowUp } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { localClock, plannedPracticeToday, practicesLookBackFrom, remindersDue, type ReminderPath, type RecentPractice } from './reminders-due';

const next: NextStep = {
  areaId: 'core-beliefs', layer: 0, skillId: 'naming-the-inner-critic', exerciseId: null, kind: 'healing',
  ready: true, readyFrom: null, reason: 'Whenever you’re ready.',
};

// 2026-11-02 is a Monday; Dublin is on UTC then, New York five hours behind.
const path = (overrides: Partial<ReminderPath> = {}, plan: Partial<NonNullable<ReminderPath['plan']>> = {}): ReminderPath => ({
  paused: false,
  next,
  plan: { weekdays: [0, 2], time: '19:00', timeZone: 'Europe/Dublin', notify: true, ...plan },
  ...overrides,
});

const practice = (startedAt: string, overrides: Partial<RecentPractice> = {}): RecentPractice => ({
  startedAt, pathAreaId: 'core-beliefs', kind: 'healing', ...overrides,
});

const due = (now: string, overrides: { path?: ReminderPath | null; practices?: RecentPractice[] | null; dismissedDay?: string | null; pending?: PendingFollowUp[] } = {}) =>
  remindersDue({
    path: overrides.path === undefined ? path() : overrides.path,
    pendingFollowUps: overrides.pending ?? [],
    recentPractices: overrides.practices === undefined ? [] : overrides.practices,
    now: new Date(now),
    timeZone: 'Europe/Dublin',
    dismissedDay: overrides.dismissedDay ?? null,
  });

describe('localClock', () => {
  it('reads the day, weekday (Monday 0) and minutes on a zone’s own clock', () => {
    expect(localClock(new Date('2026-11-02T19:05:00Z'), 'Europe/Dublin')).toEqual({ day: '2026-11-02', weekday: 0, minutes: 19 * 60 + 5 });
    expect(localClock(new Date('2026-11-03T00:30:00Z'), 'America/New_York')).toEqual({ day: '2026-11-02', weekday: 0, minutes: 19 * 60 + 30 });
    expect(localClock(new Date('2026-11-08T23:59:00Z'), 'UTC')).toEqual({ day: '2026-11-08', weekday: 6, minutes: 23 * 60 + 59 });
  });

  it('falls back to the device’s zone when the browser does not know the plan’s', () => {
    expect(localClock(new Date('2026-11-02T19:05:00Z'), 'Mars/Olympus_Mons', 'UTC').day).toBe('2026-11-02');
  });
});

describe('remindersDue: a planned practice', () => {
  it('is not due before the planned time, and due from it on', () => {
    expect(due('2026-11-02T18:59:00Z').practice).toBeNull();
    expect(due('2026-11-02T19:00:00Z').practice).toEqual({ day: '2026-11-02', time: '19:00', next });
    expect(due('2026-11-02T23:59:00Z').practice?.day).toBe('2026-11-02');
  });

  it('uses the plan’s own time zone, summer time included', () => {
    const newYork = path({}, { weekdays: [0], timeZone: 'America/New_York' });
    expect(due('2026-11-02T20:00:00Z', { path: newYork }).practice).toBeNull(); // 15:00 in New York
    expect(due('2026-11-03T00:30:00Z', { path: newYork }).practice?.day).toBe('2026-11-02'); // Monday 19:30 there, Tuesday in Dublin
    // Dublin in July is UTC+1: 19:00 there is 18:00 UTC.
    expect(due('2026-07-06T17:59:00Z').practice).toBeNull();
    expect(due('2026-07-06T18:00:00Z').practice?.day).toBe('2026-07-06');
  });

  it('is only due on a planned weekday', () => {
    expect(due('2026-11-03T20:00:00Z').practice).toBeNull(); // Tuesday
    expect(due('2026-11-04T20:00:00Z').practice?.day).toBe('2026-11-04'); // Wednesday
    expect(due('2026-11-02T20:00:00Z', { path: path({}, { weekdays: [] }) }).practice).toBeNull();
  });

  it('is never due while the path is paused, without a plan, or when the pace is met', () => {
    expect(due('2026-11-02T20:00:00Z', { path: path({ paused: true }) }).practice).toBeNull();
    expect(due('2026-11-02T20:00:00Z', { path: path({ plan: null }) }).practice).toBeNull();
    expect(due('2026-11-02T20:00:00Z', { path: path({ next: null }) }).practice).toBeNull();
    expect(due('2026-11-02T20:00:00Z', { path: path({ next: { ...next, ready: false, readyFrom: '2026-11-05T10:00:00Z' } }) }).practice).toBeNull();
    expect(due('2026-11-02T20:00:00Z', { path: null }).practice).toBeNull();
  });

  it('is not due once a step or a healing practice was done today', () => {
    expect(due('2026-11-02T20:00:00Z', { practices: [practice('2026-11-02T08:00:00Z')] }).practice).toBeNull();
    expect(due('2026-11-02T20:00:00Z', { practices: [practice('2026-11-02T08:00:00Z', { pathAreaId: null })] }).practice).toBeNull();
    // Yesterday's, or a coping exercise off the path, leaves today's open.
    expect(due('2026-11-02T20:00:00Z', { practices: [practice('2026-11-01T22:00:00Z')] }).practice).not.toBeNull();
    expect(due('2026-11-02T20:00:00Z', { practices: [practice('2026-11-02T08:00:00Z', { pathAreaId: null, kind: 'coping' })] }).practice).not.toBeNull();
    // "Today" is the plan's day: 01:00 UTC Tuesday is Monday evening in New York.
    const newYork = path({}, { weekdays: [0], timeZone: 'America/New_York' });
    expect(due('2026-11-03T02:00:00Z', { path: newYork, practices: [practice('2026-11-03T01:00:00Z')] }).practice).toBeNull();
    expect(due('2026-11-03T02:00:00Z', { path: newYork, practices: [practice('2026-11-02T04:00:00Z')] }).practice).not.toBeNull();
  });

  it('waits for the practices to be known before reminding', () => {
    expect(due('2026-11-02T20:00:00Z', { practices: null }).practice).toBeNull();
  });

  it('stays away for the rest of the day after “Not today”, and comes back the next planned day', () => {
    expect(due('2026-11-02T20:00:00Z', { dismissedDay: '2026-11-02' }).practice).toBeNull();
    expect(due('2026-11-04T20:00:00Z', { dismissedDay: '2026-11-02' }).practice?.day).toBe('2026-11-04');
  });
});

describe('remindersDue: follow-ups', () => {
  const pending = (momentId: string, dueAt: string): PendingFollowUp => ({
    momentId, occurredAt: '2026-11-02T10:00:00Z', dueAt, distressBefore: 7, distressAfter: null, skillIds: [],
  });

  it('lists the check-ins that are waiting, whatever the path', () => {
    const result = due('2026-11-02T12:00:00Z', {
      path: null,
      pending: [pending('a', '2026-11-02T11:00:00Z'), pending('b', '2026-11-02T12:30:00Z')],
    });
    expect(result.followUps.map((item) => item.momentId)).toEqual(['a']);
    expect(result.practice).toBeNull();
  });
});

describe('plannedPracticeToday', () => {
  it('says whether to look for today’s practices at all', () => {
    expect(plannedPracticeToday(path(), new Date('2026-11-02T18:00:00Z'), 'UTC')).toBeNull();
    expect(plannedPracticeToday(path(), new Date('2026-11-02T19:30:00Z'), 'UTC')?.day).toBe('2026-11-02');
  });

  it('looks back a little over a day, steady within the hour', () => {
    expect(practicesLookBackFrom(new Date('2026-11-02T19:42:10Z'))).toBe('2026-11-01T13:00:00.000Z');
    expect(practicesLookBackFrom(new Date('2026-11-02T19:01:00Z'))).toBe('2026-11-01T13:00:00.000Z');
  });
});
