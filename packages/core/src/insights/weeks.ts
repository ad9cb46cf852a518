import { isoDateOfDay, weekdayOfDay } from './local-time';
import { FLAG_HYPO, type MomentTable } from './moment-table';
import { OUTSIDE_FROM, WEEKS } from './thresholds';

/**
 * The weekly series: WEEKS calendar weeks, Monday 00:00 to Sunday 24:00 in the person's time zone,
 * oldest first, the last being the week that holds asOf (so far). Trends use the complete weeks
 * only: a week that has just begun has few moments, and its peak would always look low.
 */
export interface WeekGrid {
  /** Local day number of the first week's Monday. */
  firstDay: number;
  /** Each week's Monday as a local date, "2026-11-16". */
  starts: readonly string[];
}

export function weekGrid(asOfDay: number): WeekGrid {
  const currentMonday = asOfDay - weekdayOfDay(asOfDay);
  const firstDay = currentMonday - (WEEKS - 1) * 7;
  return { firstDay, starts: Array.from({ length: WEEKS }, (_, week) => isoDateOfDay(firstDay + 7 * week)) };
}

/** Position of a local day in the grid, or -1 outside it. */
export function weekOfDay(grid: WeekGrid, day: number): number {
  const week = Math.floor((day - grid.firstDay) / 7);
  return week >= 0 && week < WEEKS ? week : -1;
}

/** The values of the complete weeks: all but the current one. */
export function completeWeeks<T>(values: readonly T[]): T[] {
  return values.slice(0, WEEKS - 1);
}

export interface WeeklyCounts {
  moments: Int32Array;
  /** Moments outside the window of tolerance. */
  outside: Int32Array;
  /** Highest distress before; -1 in a week without moments. */
  peak: Int8Array;
  /** Skill uses by kind: uses[week * 3 + kind code]. Practices count here too. */
  uses: Int32Array;
}

export function countWeeks(table: MomentTable, grid: WeekGrid): WeeklyCounts {
  const moments = new Int32Array(WEEKS);
  const outside = new Int32Array(WEEKS);
  const peak = new Int8Array(WEEKS).fill(-1);
  const uses = new Int32Array(WEEKS * 3);
  const { before, flags, localDay, skillStart, skillIndex, skillKind } = table;
  for (let i = 0; i < table.count; i++) {
    const week = weekOfDay(grid, localDay[i]!);
    if (week < 0) continue;
    const distress = before[i]!;
    moments[week]!++;
    if (distress >= OUTSIDE_FROM || (flags[i]! & FLAG_HYPO) !== 0) outside[week]!++;
    if (distress > peak[week]!) peak[week] = distress;
    for (let k = skillStart[i]!; k < skillStart[i + 1]!; k++) uses[week * 3 + skillKind[skillIndex[k]!]!]!++;
  }
  for (let p = 0; p < table.practiceDay.length; p++) {
    const week = weekOfDay(grid, table.practiceDay[p]!);
    if (week >= 0) uses[week * 3 + skillKind[table.practiceSkill[p]!]!]!++;
  }
  return { moments, outside, peak, uses };
}
