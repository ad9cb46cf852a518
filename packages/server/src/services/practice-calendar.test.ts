import type { PathState } from '@mend/core';
import { afterEach, describe, expect, it } from 'vitest';
import { practiceCalendar } from './practice-calendar';

const path = (overrides: Partial<PathState> = {}): PathState => ({
  version: 1,
  areas: [],
  pace: { practicesPerWeek: 1 },
  paused: false,
  pausedAt: null,
  plan: { weekdays: [0, 6], time: '07:05', timeZone: 'Pacific/Auckland', notify: false },
  // Sunday 1 November in UTC, already Monday 2 November in Auckland.
  updatedAt: '2026-11-01T23:30:00.000Z',
  ...overrides,
});

describe('practiceCalendar', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('starts each weekly event on its weekday from the day the plan was saved, in the plan’s zone', () => {
    const text = practiceCalendar(path(), 'seed');
    expect(text).toContain('UID:seed-mo@mend');
    expect(text).toContain('DTSTART;TZID=Pacific/Auckland:20261102T070500');
    expect(text).toContain('DTEND;TZID=Pacific/Auckland:20261102T073500');
    expect(text).toContain('UID:seed-su@mend');
    expect(text).toContain('DTSTART;TZID=Pacific/Auckland:20261108T070500');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU');
    expect(text).toContain('DTSTAMP:20261101T233000Z');
  });

  it('writes the planned wall-clock time whatever zone the server runs in', () => {
    const texts = ['UTC', 'America/New_York', 'Asia/Kolkata'].map((name) => {
      process.env.TZ = name;
      return practiceCalendar(path({ plan: { weekdays: [6], time: '02:30', timeZone: 'Europe/London', notify: false }, updatedAt: '2026-03-29T00:30:00.000Z' }), 'seed');
    });
    expect(new Set(texts).size).toBe(1);
    // 29 March 2026 is the night the clocks go forward in London and New York has DST too: still 02:30.
    expect(texts[0]).toContain('DTSTART;TZID=Europe/London:20260329T023000');
  });

  it('describes the plan\'s time zone in a VTIMEZONE whose TZID matches the events\', aliases included', () => {
    const text = practiceCalendar(path(), 'seed');
    expect(text.match(/BEGIN:VTIMEZONE\r\nTZID:Pacific\/Auckland\r\n/g)).toHaveLength(1);
    expect(text).toContain('TZOFFSETTO:+1300');
    const alias = practiceCalendar(path({ plan: { weekdays: [2], time: '19:00', timeZone: 'Asia/Calcutta', notify: false } }), 'seed');
    expect(alias).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Calcutta\r\n');
    expect(alias).toContain('DTSTART;TZID=Asia/Calcutta:20261104T190000');
    // UTC times are written with a "Z": no zone to describe.
    const utc = practiceCalendar(path({ plan: { weekdays: [2], time: '19:00', timeZone: 'UTC', notify: false } }), 'seed');
    expect(utc).not.toContain('BEGIN:VTIMEZONE');
    expect(utc).toContain('DTSTART:20261104T190000Z');
  });

  it('has no events without a plan, or while paused', () => {
    expect(practiceCalendar(path({ plan: null }), 'seed')).not.toContain('BEGIN:VEVENT');
    expect(practiceCalendar(path({ paused: true, pausedAt: '2026-11-01T23:30:00.000Z' }), 'seed')).not.toContain('BEGIN:VEVENT');
    expect(practiceCalendar(path({ plan: { weekdays: [], time: '07:05', timeZone: 'UTC', notify: false } }), 'seed')).not.toContain('BEGIN:VEVENT');
  });
});
