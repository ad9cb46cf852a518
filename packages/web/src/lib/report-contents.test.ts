import { describe, expect, it } from 'vitest';
import { momentFixture } from '../test/mock-api';
import { distressByWeek, periodStart, reportChoiceFrom, reportChoiceParams, since, summariseMoments } from './report-contents';
import type { Moment } from '@mend/core';

const moment = (overrides: Record<string, unknown>) => momentFixture(overrides) as Moment;

describe('report choice in the address', () => {
  it('starts with the last 30 days and everything but notes', () => {
    const choice = reportChoiceFrom(new URLSearchParams());
    expect(choice.period).toBe('30');
    expect([...choice.parts]).toEqual(['summary', 'moments', 'practices', 'plan', 'wins']);
  });

  it('reads back what it wrote, and ignores a period it does not know', () => {
    const choice = reportChoiceFrom(new URLSearchParams({ period: 'all', leave: 'plan' }));
    expect(choice.period).toBe('all');
    expect(choice.parts.has('notes')).toBe(true);
    expect(choice.parts.has('plan')).toBe(false);
    expect(reportChoiceFrom(reportChoiceParams(choice))).toEqual(choice);
    expect(reportChoiceFrom(new URLSearchParams({ period: '7' })).period).toBe('30');
  });
});

describe('periodStart', () => {
  it('goes back whole days, or nowhere for everything', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(periodStart('30', now)?.toISOString()).toBe('2026-11-01T12:00:00.000Z');
    expect(periodStart('90', now)?.toISOString()).toBe('2026-09-02T12:00:00.000Z');
    expect(periodStart('all', now)).toBeNull();
  });
});

describe('summariseMoments', () => {
  it('averages "after" only over moments that have one', () => {
    const summary = summariseMoments([
      moment({ id: 'a', distressBefore: 8, distressAfter: 4, satWithFeeling: true }),
      moment({ id: 'b', distressBefore: 6, distressAfter: null }),
      moment({ id: 'c', distressBefore: 7, distressAfter: 5 }),
    ]);
    expect(summary).toEqual({ moments: 3, withAfter: 2, meanBefore: 7, meanAfter: 4.5, satWithFeeling: 1 });
  });

  it('says nothing about averages without moments', () => {
    expect(summariseMoments([])).toEqual({ moments: 0, withAfter: 0, meanBefore: null, meanAfter: null, satWithFeeling: 0 });
  });
});

describe('distressByWeek', () => {
  it('groups by the local Monday, oldest week first', () => {
    const weeks = distressByWeek([
      moment({ id: 'a', occurredAt: '2026-11-11T12:00:00Z', distressBefore: 9 }), // Wednesday
      moment({ id: 'b', occurredAt: '2026-11-09T12:00:00Z', distressBefore: 5 }), // Monday, same week
      moment({ id: 'c', occurredAt: '2026-11-03T12:00:00Z', distressBefore: 4 }),
    ], 'UTC');
    expect(weeks).toEqual([
      { weekStart: '2026-11-02', moments: 1, meanBefore: 4, highest: 4 },
      { weekStart: '2026-11-09', moments: 2, meanBefore: 7, highest: 9 },
    ]);
  });

  it('puts a Sunday night in the week of the person\'s own time zone', () => {
    // Monday 00:30 in UTC is still Sunday evening in New York.
    const [week] = distressByWeek([moment({ occurredAt: '2026-11-09T00:30:00Z' })], 'America/New_York');
    expect(week?.weekStart).toBe('2026-11-02');
  });
});

describe('since', () => {
  it('keeps what happened at or after the start', () => {
    const items = [{ at: '2026-11-01T00:00:00Z' }, { at: '2026-10-31T23:59:59Z' }];
    expect(since(items, new Date('2026-11-01T00:00:00Z'), (item) => item.at)).toEqual([items[0]]);
    expect(since(items, null, (item) => item.at)).toEqual(items);
  });
});
