import { suggestHealingSkills } from './healing-suggestions';
import type { RecurringTrigger } from './insights-schema';
import { DAY_MS } from './local-time';
import type { MomentTable } from './moment-table';
import { round } from './stats';
import { FALLING_BY, RECURRING_MIN_COUNT, RECURRING_WINDOW_DAYS } from './thresholds';
import type { TriggerTimeline } from './trigger-timeline';
import { byCountThenTag } from './when-you-cope';

/**
 * Trigger tags that keep coming back (at least 4 times in the last 4 weeks) without getting any
 * easier: the later half of those moments is not clearly calmer than the earlier half. Worth
 * healing work, so each comes with healing skills that fit.
 */
export function computeRecurringTriggers(table: MomentTable, timeline: TriggerTimeline): RecurringTrigger[] {
  const from = table.asOf - RECURRING_WINDOW_DAYS * DAY_MS;
  const recurring: RecurringTrigger[] = [];
  for (let tag = 0; tag < table.tags.length; tag++) {
    // A tag's moments are oldest first, so the window is its tail.
    const end = timeline.start[tag + 1]!;
    let first = end;
    while (first > timeline.start[tag]! && timeline.time[first - 1]! > from) first--;
    if (end - first < RECURRING_MIN_COUNT) continue;
    const { earlier, later } = halves(timeline.before.subarray(first, end));
    if (later < earlier - FALLING_BY) continue;
    const name = table.tags[tag]!;
    recurring.push({
      tag: name,
      count: end - first,
      earlierMeanDistress: round(earlier),
      laterMeanDistress: round(later),
      suggestedSkillIds: suggestHealingSkills(name, table.skills),
    });
  }
  return recurring.sort(byCountThenTag);
}

/** Means of the older and the newer half; with an odd count the middle moment sits in neither. */
export function halves(values: ArrayLike<number>): { earlier: number; later: number } {
  const size = Math.floor(values.length / 2);
  let earlier = 0, later = 0;
  for (let i = 0; i < size; i++) {
    earlier += values[i]!;
    later += values[values.length - 1 - i]!;
  }
  return { earlier: earlier / size, later: later / size };
}
