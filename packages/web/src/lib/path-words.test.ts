import { describe, expect, it } from 'vitest';
import { opensWhen, planWords } from './path-words';

describe('opensWhen', () => {
  const now = new Date('2026-11-02T10:00:00Z'); // a Monday

  it('names the day the next step opens, in the person’s time zone', () => {
    expect(opensWhen('2026-11-05T09:00:00Z', now, 'UTC')).toBe('on Thursday');
    expect(opensWhen('2026-11-03T09:00:00Z', now, 'UTC')).toBe('tomorrow');
    expect(opensWhen('2026-11-02T18:00:00Z', now, 'UTC')).toMatch(/^later today, at (18[:.]00|0?6[:.]00 PM)$/);
    // 01:00 UTC Tuesday is still Monday evening in New York.
    expect(opensWhen('2026-11-03T01:00:00Z', now, 'America/New_York')).toMatch(/^later today/);
    // A week on, on a Monday: "next Monday".
    expect(opensWhen('2026-11-09T09:00:00Z', now, 'UTC')).toBe('next Monday');
  });
});

describe('planWords', () => {
  it('lists the days in week order', () => {
    expect(planWords([3, 0], '19:00')).toBe('Monday and Thursday at 19:00');
    expect(planWords([4], '07:30')).toBe('Friday at 07:30');
    expect(planWords([0, 2, 4], '19:00')).toBe('Monday, Wednesday and Friday at 19:00');
    expect(planWords([0, 1, 2, 3, 4, 5, 6], '08:00')).toBe('every day at 08:00');
  });
});
