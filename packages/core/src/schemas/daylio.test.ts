import { describe, expect, it } from 'vitest';
import { createZoneOffsets, localTimeToUtc } from '../insights/local-time';
import { DaylioImportQuerySchema, parseDaylioMoods } from './daylio';

describe('parseDaylioMoods', () => {
  it('reads mood:level pairs, names without case, spaces allowed', () => {
    expect(parseDaylioMoods('rad:1, Good : 2,meh:4,bad:6,awful:8')).toEqual({ rad: 1, good: 2, meh: 4, bad: 6, awful: 8 });
    expect(parseDaylioMoods('so-so:5')).toEqual({ 'so-so': 5 });
  });

  it('refuses anything else', () => {
    for (const text of ['', 'rad', 'rad:11', 'rad:-1', 'rad:one', ':3']) expect(parseDaylioMoods(text)).toBeNull();
    expect(DaylioImportQuerySchema.safeParse({ moods: 'rad' }).success).toBe(false);
    expect(DaylioImportQuerySchema.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
  });
});

describe('localTimeToUtc', () => {
  const dublin = createZoneOffsets('Europe/Dublin');
  it('reads a wall-clock time in its zone, summer and winter', () => {
    expect(new Date(localTimeToUtc(Date.UTC(2026, 6, 1, 21, 5), dublin)).toISOString()).toBe('2026-07-01T20:05:00.000Z');
    expect(new Date(localTimeToUtc(Date.UTC(2026, 11, 1, 21, 5), dublin)).toISOString()).toBe('2026-12-01T21:05:00.000Z');
  });

  it('takes the first of two readings when clocks go back, and lands after a gap when they go forward', () => {
    expect(new Date(localTimeToUtc(Date.UTC(2026, 9, 25, 1, 30), dublin)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(localTimeToUtc(Date.UTC(2026, 2, 29, 1, 30), dublin)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});
