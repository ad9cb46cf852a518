export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The UTC offset (ms, local − UTC) of one time zone at any instant, with few calls into Intl. */
export interface ZoneOffsets {
  readonly timeZone: string;
  offsetAt(time: number): number;
}

const BLOCK_MS = 7 * DAY_MS;
const LOCAL_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

interface Block {
  before: number;
  /** The instant the offset changes within this block; Infinity when it does not. */
  changeAt: number;
  after: number;
}

/**
 * Making an Intl.DateTimeFormat costs far more than using one (it loads the zone's rules), and
 * every insights request makes one: they are kept per zone name. Bounded, for a server that is
 * asked about many zones; a formatter holds no state between calls.
 */
const FORMAT_CACHE_LIMIT = 64;
const formats = new Map<string, Intl.DateTimeFormat>();

export function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // Throws RangeError for a name that is not a time zone, before anything is kept.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formats.size >= FORMAT_CACHE_LIMIT) formats.delete(formats.keys().next().value!);
    formats.set(timeZone, format);
  }
  return format;
}

/**
 * Asking Intl for every moment costs about 5 µs each: far too slow for a million moments, and
 * even once per day it adds up over a ten-year history. So time is cut into 7-day blocks and the
 * offset asked for at the start of each block that has moments. When the next block starts with
 * the same offset the whole block has it; when it differs the minute of the change is found by
 * halving. That is exact for every offset (+05:30, +05:45 too) and every change on a minute
 * boundary, which is every change since 1970, as long as a zone does not change twice within a
 * week (we know of none that has since 1970; Ramadan pauses are about a month apart).
 */
export function createZoneOffsets(timeZone: string): ZoneOffsets {
  const format = zoneFormat(timeZone);
  const resolved = format.resolvedOptions().timeZone;
  if (resolved === 'UTC' || resolved === 'Etc/UTC' || resolved === 'Etc/GMT') return { timeZone, offsetAt: () => 0 };

  // format() is about four times faster than formatToParts(); en-US numeric reads "11/22/2026, 21:40:00".
  const exactOffset = (time: number): number => {
    const match = LOCAL_TEXT.exec(format.format(time));
    let local: number;
    if (match) {
      local = Date.UTC(Number(match[3]), Number(match[1]) - 1, Number(match[2]), Number(match[4]), Number(match[5]), Number(match[6]));
    } else {
      const fields: Record<string, number> = {};
      for (const part of format.formatToParts(time)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
      local = Date.UTC(fields.year ?? 1970, (fields.month ?? 1) - 1, fields.day ?? 1, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0);
    }
    return local - (time - modulo(time, 1000));
  };
  const startOffsets = new Map<number, number>();
  const startOffset = (block: number): number => {
    let offset = startOffsets.get(block);
    if (offset === undefined) {
      offset = exactOffset(block * BLOCK_MS);
      startOffsets.set(block, offset);
    }
    return offset;
  };
  const blocks = new Map<number, Block>();
  const blockOf = (number: number): Block => {
    let block = blocks.get(number);
    if (block) return block;
    const before = startOffset(number);
    const after = startOffset(number + 1);
    let changeAt = Infinity;
    if (before !== after) {
      let low = number * BLOCK_MS;
      let high = low + BLOCK_MS;
      while (high - low > MINUTE_MS) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
        if (exactOffset(middle) === before) low = middle;
        else high = middle;
      }
      changeAt = high;
    }
    block = { before, changeAt, after };
    blocks.set(number, block);
    return block;
  };

  let lastNumber = Number.NaN;
  let lastBlock: Block = { before: 0, changeAt: Infinity, after: 0 };
  return {
    timeZone,
    offsetAt(time) {
      const number = Math.floor(time / BLOCK_MS);
      // Moments mostly arrive in time order, so the block before is the usual hit.
      if (number !== lastNumber) {
        lastBlock = blockOf(number);
        lastNumber = number;
      }
      return time < lastBlock.changeAt ? lastBlock.before : lastBlock.after;
    },
  };
}

/** Days since 1970-01-01 of the local calendar date of an instant. */
export function localDayOf(time: number, offset: number): number {
  return Math.floor((time + offset) / DAY_MS);
}

/** Local hour 0–23 of an instant. */
export function localHourOf(time: number, offset: number): number {
  return Math.floor(modulo(time + offset, DAY_MS) / HOUR_MS);
}

/** Weekday of a local day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return modulo(day + 3, 7);
}

/** "2026-11-16" for a local day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/**
 * The instant a wall-clock time in a time zone names ("2026-03-29 02:30" in Europe/Dublin).
 * `localAsUtc` is that wall-clock time read as if it were UTC. In a gap (clocks going forward)
 * it lands after the gap; in an overlap, on the first of the two.
 */
export function localTimeToUtc(localAsUtc: number, offsets: ZoneOffsets): number {
  // Offsets change at most once in a day: the one a day before and the one a day after cover both sides.
  const before = localAsUtc - offsets.offsetAt(localAsUtc - DAY_MS);
  const after = localAsUtc - offsets.offsetAt(localAsUtc + DAY_MS);
  const real = [before, after].filter((time) => time + offsets.offsetAt(time) === localAsUtc);
  return real.length ? Math.min(...real) : before;
}
