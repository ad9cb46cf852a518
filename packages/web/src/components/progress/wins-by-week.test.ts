import type { Win } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { weekHeading, weekStartOf, winsByWeek } from './wins-by-week';

const win = (at: string, text = at): Win => ({ kind: 'healing-practice', at, text, skillId: null, practiceId: null, momentId: null });

describe('winsByWeek', () => {
  it('finds the local Monday, across a month and in the person’s time zone', () => {
    expect(weekStartOf('2026-11-02T10:00:00Z', 'UTC')).toBe('2026-11-02');
    expect(weekStartOf('2026-11-08T23:00:00Z', 'UTC')).toBe('2026-11-02');
    expect(weekStartOf('2026-11-01T10:00:00Z', 'UTC')).toBe('2026-10-26');
    // Monday 01:00 UTC is still Sunday in New York.
    expect(weekStartOf('2026-11-02T01:00:00Z', 'America/New_York')).toBe('2026-10-26');
  });

  it('groups newest week first, newest win first', () => {
    const weeks = winsByWeek([win('2026-10-27T10:00:00Z'), win('2026-11-03T10:00:00Z'), win('2026-11-05T10:00:00Z')], 'UTC');
    expect(weeks.map((week) => [week.weekStart, week.wins.map((each) => each.at)])).toEqual([
      ['2026-11-02', ['2026-11-05T10:00:00Z', '2026-11-03T10:00:00Z']],
      ['2026-10-26', ['2026-10-27T10:00:00Z']],
    ]);
  });

  it('names this week and last week, and dates the rest', () => {
    const now = new Date('2026-11-04T10:00:00Z');
    expect(weekHeading('2026-11-02', now, 'UTC')).toBe('This week');
    expect(weekHeading('2026-10-26', now, 'UTC')).toBe('Last week');
    expect(weekHeading('2026-10-19', now, 'UTC')).toMatch(/^Week of .*2026$/);
  });
});
