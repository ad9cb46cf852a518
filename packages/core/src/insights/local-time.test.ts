import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createZoneOffsets, isoDateOfDay, localDayOf, localHourOf, weekdayOfDay, zoneFormat } from './local-time';

/** The offset straight from Intl, for every instant: slow, and what the cache must agree with. */
function intlOffset(timeZone: string, time: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(time);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const local = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return local - Math.floor(time / 1000) * 1000;
}

const ZONES = [
  'Europe/Dublin', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham',
  'Africa/Casablanca', 'Asia/Tehran', 'Pacific/Apia', 'UTC',
];

describe('createZoneOffsets', () => {
  it('agrees with Intl at every instant, in any order of asking', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 0, 1) }), { minLength: 1, maxLength: 40 }),
        (timeZone, times) => {
          const zone = createZoneOffsets(timeZone);
          for (const time of times) expect(zone.offsetAt(time)).toBe(intlOffset(timeZone, time));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds the exact minute of a change, also a half-hour one', () => {
    const dublin = createZoneOffsets('Europe/Dublin');
    const change = Date.parse('2026-03-29T01:00:00Z');
    expect(dublin.offsetAt(change - 1)).toBe(0);
    expect(dublin.offsetAt(change)).toBe(3_600_000);
    // Lord Howe Island moves by 30 minutes, at 02:00 local standard time (15:30 UTC the day before).
    const lordHowe = createZoneOffsets('Australia/Lord_Howe');
    const start = Date.parse('2026-10-03T15:30:00Z');
    expect(lordHowe.offsetAt(start - 1)).toBe(10.5 * 3_600_000);
    expect(lordHowe.offsetAt(start)).toBe(11 * 3_600_000);
  });

  it('rejects a zone that does not exist', () => {
    expect(() => createZoneOffsets('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('local calendar helpers', () => {
  it('gives local day, hour and Monday-first weekday', () => {
    const time = Date.parse('2026-11-02T23:30:00Z'); // Monday 23:30 in UTC; Tuesday 00:30 at +01:00
    expect(weekdayOfDay(localDayOf(time, 0))).toBe(0);
    expect(localHourOf(time, 0)).toBe(23);
    expect(weekdayOfDay(localDayOf(time, 3_600_000))).toBe(1);
    expect(localHourOf(time, 3_600_000)).toBe(0);
    expect(isoDateOfDay(localDayOf(time, 3_600_000))).toBe('2026-11-03');
    expect(localHourOf(Date.parse('1969-12-31T23:00:00Z'), 0)).toBe(23);
  });
});

describe('zoneFormat', () => {
  it('makes one formatter per zone and keeps it', () => {
    expect(zoneFormat('Europe/Dublin')).toBe(zoneFormat('Europe/Dublin'));
    expect(zoneFormat('Europe/Dublin').resolvedOptions().timeZone).toBe('Europe/Dublin');
  });

  it('refuses a name that is not a time zone, every time', () => {
    expect(() => zoneFormat('Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => zoneFormat('Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('answers for each of many zones, more than it keeps, and for the first again', () => {
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 200);
    const first = zoneFormat(zones[0]!);
    for (const zone of zones) expect(zoneFormat(zone).resolvedOptions().timeZone).toBeTruthy();
    expect(zoneFormat(zones[0]!).resolvedOptions().timeZone).toBe(first.resolvedOptions().timeZone);
  });
});
