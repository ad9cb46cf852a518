import { HOUR_MS } from './local-time';
import type { MomentTable } from './moment-table';
import { scratchColumn } from './scratch';
import { RETURN_WITHIN_HOURS } from './thresholds';
import type { TriggerTimeline } from './trigger-timeline';

export interface TriggerReturns {
  /** Moments at or before this instant are a day old: they had their full day for a trigger to come back. */
  dayOldUntil: number;
  /** A later moment within the day shares a trigger tag with moment i. */
  returned: Uint8Array;
  /** Per tag: the share of its day-old moments after which that same tag came back within the day. */
  tagReturnRate: Float64Array;
}

/**
 * Which moments saw the same trigger back within a day: for each tag, one walk from its newest
 * moment to its oldest, remembering when the tag was next seen. Moments at the same instant are
 * looked at together, so neither counts as "later" than the other.
 */
export function findTriggerReturns(table: MomentTable, timeline: TriggerTimeline): TriggerReturns {
  const within = RETURN_WITHIN_HOURS * HOUR_MS;
  const dayOldUntil = table.asOf - within;
  const returned = scratchColumn('returned', Uint8Array, table.count);
  const tagReturnRate = new Float64Array(table.tags.length);
  const { start, time, moment } = timeline;

  for (let tag = 0; tag < table.tags.length; tag++) {
    let nextSeen = Infinity;
    let moments = 0, back = 0;
    let groupEnd = start[tag + 1]!;
    while (groupEnd > start[tag]!) {
      const at = time[groupEnd - 1]!;
      let groupStart = groupEnd - 1;
      while (groupStart > start[tag]! && time[groupStart - 1] === at) groupStart--;
      const cameBack = nextSeen - at <= within;
      for (let j = groupStart; j < groupEnd; j++) {
        if (cameBack) returned[moment[j]!] = 1;
        if (at <= dayOldUntil) {
          moments++;
          if (cameBack) back++;
        }
      }
      nextSeen = at;
      groupEnd = groupStart;
    }
    tagReturnRate[tag] = moments > 0 ? back / moments : 0;
  }
  return { dayOldUntil, returned, tagReturnRate };
}

/**
 * How likely it is, going by the person's own history, that at least one of moment i's trigger
 * tags comes back within a day: 1 − Π (1 − rate of each tag).
 */
export function usualReturnChance(table: MomentTable, returns: TriggerReturns, i: number): number {
  let stays = 1;
  for (let k = table.tagStart[i]!; k < table.tagStart[i + 1]!; k++) stays *= 1 - returns.tagReturnRate[table.tagIndex[k]!]!;
  return 1 - stays;
}
