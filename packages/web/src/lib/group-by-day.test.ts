import { describe, expect, it } from 'vitest';
import { dayHeading, dayKey, groupByDay } from './group-by-day';

const at = (id: string, occurredAt: string) => ({ id, occurredAt });

describe('groupByDay', () => {
  it('groups by calendar day, newest day and newest item first', () => {
    const groups = groupByDay([
      at('a', '2026-11-01T08:00:00Z'),
      at('b', '2026-11-02T21:40:00Z'),
      at('c', '2026-11-02T07:15:00Z'),
      at('d', '2026-11-01T23:59:00Z'),
    ], 'UTC');
    expect(groups.map((group) => [group.day, group.items.map((item) => item.id)])).toEqual([
      ['2026-11-02', ['b', 'c']],
      ['2026-11-01', ['d', 'a']],
    ]);
  });

  it('uses the local day, not the UTC one', () => {
    expect(dayKey('2026-11-01T23:30:00Z', 'Asia/Tokyo')).toBe('2026-11-02');
    const groups = groupByDay([at('late', '2026-11-01T23:30:00Z'), at('early', '2026-11-01T01:00:00Z')], 'Asia/Tokyo');
    expect(groups.map((group) => group.day)).toEqual(['2026-11-02', '2026-11-01']);
  });

  it('returns no groups for no items', () => {
    expect(groupByDay([], 'UTC')).toEqual([]);
  });
});

describe('dayHeading', () => {
  const now = new Date('2026-11-02T12:00:00Z');
  it('names today and yesterday', () => {
    expect(dayHeading('2026-11-02', now, 'UTC')).toBe('Today');
    expect(dayHeading('2026-11-01', now, 'UTC')).toBe('Yesterday');
  });
  it('writes out older days with their date', () => {
    expect(dayHeading('2026-10-20', now, 'UTC')).toMatch(/20/);
  });
});
