import type { CopingNotEnough } from './insights-schema';
import { DAY_MS } from './local-time';
import { NONE, type MomentTable } from './moment-table';
import { MIN_SKILLS_TRIED, NOT_ENOUGH_WINDOW_DAYS, REACH_OUT_FROM, STILL_HIGH_FROM } from './thresholds';

/**
 * "I'm doing all the right things — so why don't I feel better?": recent moments where two or more
 * skills were tried and distress was still high afterwards. Several of them in two weeks is a
 * reason to reach out, not a failure. "Afterwards" is the distress-after value, or, when that was
 * not noted, the first follow-up.
 */
export function computeCopingNotEnough(table: MomentTable): CopingNotEnough {
  const from = table.asOf - NOT_ENOUGH_WINDOW_DAYS * DAY_MS;
  let count = 0;
  for (let i = 0; i < table.count; i++) {
    if (table.time[i]! <= from || table.skillStart[i + 1]! - table.skillStart[i]! < MIN_SKILLS_TRIED) continue;
    const afterwards = table.after[i] !== NONE ? table.after[i]! : table.firstFollowUp[i]!;
    if (afterwards >= STILL_HIGH_FROM) count++;
  }
  return { windowDays: NOT_ENOUGH_WINDOW_DAYS, count, suggestReachingOut: count >= REACH_OUT_FROM };
}
