import type { MomentTable } from './moment-table';
import { scratchColumn } from './scratch';

const DIGIT_BITS = 11;
const DIGIT = 1 << DIGIT_BITS;

/**
 * Every (moment, trigger tag) pair, grouped by tag, and within a tag oldest first; at the same
 * instant lower distress first, so moments given in any order come out the same. What "the same
 * trigger back within a day" and the recurring-trigger halves walk through, tag by tag.
 */
export interface TriggerTimeline {
  /** Pairs of tag t: positions start[t] … start[t + 1]). */
  start: Int32Array;
  time: Float64Array;
  moment: Uint32Array;
  before: Int8Array;
}

/**
 * Moments usually arrive oldest-first or newest-first (that is how they are stored and paged):
 * then one stable counting pass by tag puts the pairs in order, and only pairs sharing an instant
 * need sorting. Any other order gets a least-significant-digit radix sort: a few linear passes
 * instead of a comparison sort, which for a million moments is the difference between tens of
 * milliseconds and half a second.
 */
export function buildTriggerTimeline(table: MomentTable): TriggerTimeline {
  const { time, tagStart, tagIndex } = table;
  const size = tagIndex.length;
  const tagCount = table.tags.length;
  const timeline: TriggerTimeline = {
    start: scratchColumn('timeline-start', Int32Array, tagCount + 1),
    time: scratchColumn('timeline-time', Float64Array, size),
    moment: scratchColumn('timeline-moment', Uint32Array, size),
    before: scratchColumn('timeline-before', Int8Array, size),
  };
  for (let k = 0; k < size; k++) timeline.start[tagIndex[k]! + 1]!++;
  for (let tag = 0; tag < tagCount; tag++) timeline.start[tag + 1]! += timeline.start[tag]!;

  let ascending = true, descending = true;
  for (let i = 1; i < table.count && (ascending || descending); i++) {
    if (time[i]! < time[i - 1]!) ascending = false;
    if (time[i]! > time[i - 1]!) descending = false;
  }
  if (ascending || descending) {
    // A stable counting pass by tag, straight into place; newest-first input is read backwards.
    const next = scratchColumn('timeline-next', Int32Array, tagCount);
    next.set(timeline.start.subarray(0, tagCount));
    const reverse = descending && !ascending;
    for (let n = 0; n < table.count; n++) {
      const i = reverse ? table.count - 1 - n : n;
      for (let k = tagStart[i]!; k < tagStart[i + 1]!; k++) {
        const to = next[tagIndex[k]!]!++;
        timeline.moment[to] = i;
        timeline.time[to] = time[i]!;
        timeline.before[to] = table.before[i]!;
      }
    }
    sortTiesByDistress(timeline);
  } else {
    radixSort(table, timeline);
  }
  return timeline;
}

/**
 * Least significant digit first: the distress tie-break, the time from its lowest digit up, then
 * the tag. Everything a pass needs travels with the pair (time offset, moment, tag and distress
 * packed together), so every pass reads in sequence and nothing is looked up out of order.
 */
function radixSort(table: MomentTable, timeline: TriggerTimeline): void {
  const { time, before, tagStart, tagIndex } = table;
  const size = tagIndex.length;
  let oldest = Infinity, newest = -Infinity;
  for (let i = 0; i < table.count; i++) {
    if (time[i]! < oldest) oldest = time[i]!;
    if (time[i]! > newest) newest = time[i]!;
  }
  let keys: Float64Array = scratchColumn('radix-keys', Float64Array, size);
  let spareKeys: Float64Array = scratchColumn('radix-spare-keys', Float64Array, size);
  let moments: Uint32Array = scratchColumn('radix-moments', Uint32Array, size);
  let spareMoments: Uint32Array = scratchColumn('radix-spare-moments', Uint32Array, size);
  // Tag × 16 + distress: distress is 0–10, and tags number far fewer than 2^28.
  let packed: Uint32Array = scratchColumn('radix-packed', Uint32Array, size);
  let sparePacked: Uint32Array = scratchColumn('radix-spare-packed', Uint32Array, size);
  const digits = scratchColumn('radix-digits', Uint16Array, size);
  const counts = scratchColumn('radix-counts', Uint32Array, DIGIT);
  const pass = () => {
    counts.fill(0);
    for (let j = 0; j < size; j++) counts[digits[j]!]!++;
    let total = 0;
    for (let d = 0; d < DIGIT; d++) {
      const bucket = counts[d]!;
      counts[d] = total;
      total += bucket;
    }
    for (let j = 0; j < size; j++) {
      const to = counts[digits[j]!]!++;
      spareKeys[to] = keys[j]!;
      spareMoments[to] = moments[j]!;
      sparePacked[to] = packed[j]!;
    }
    [keys, spareKeys] = [spareKeys, keys];
    [moments, spareMoments] = [spareMoments, moments];
    [packed, sparePacked] = [sparePacked, packed];
  };

  for (let i = 0, k = 0; i < table.count; i++) {
    for (; k < tagStart[i + 1]!; k++) {
      keys[k] = time[i]! - oldest;
      moments[k] = i;
      packed[k] = tagIndex[k]! * 16 + before[i]!;
      digits[k] = before[i]!;
    }
  }
  pass();
  for (let scale = 1; scale <= newest - oldest; scale *= DIGIT) {
    for (let j = 0; j < size; j++) digits[j] = Math.floor(keys[j]! / scale) % DIGIT;
    pass();
  }
  for (let scale = 1; scale < table.tags.length; scale *= DIGIT) {
    for (let j = 0; j < size; j++) digits[j] = Math.floor(packed[j]! / 16 / scale) % DIGIT;
    pass();
  }
  for (let j = 0; j < size; j++) {
    timeline.time[j] = keys[j]! + oldest;
    timeline.moment[j] = moments[j]!;
    timeline.before[j] = packed[j]! % 16;
  }
}

/** Within each tag, pairs at the same instant: lower distress first (runs are short: insertion sort). */
function sortTiesByDistress({ start, time, moment, before }: TriggerTimeline): void {
  for (let tag = 0; tag + 1 < start.length; tag++) {
    for (let j = start[tag]! + 1; j < start[tag + 1]!; j++) {
      const at = time[j]!, distress = before[j]!, which = moment[j]!;
      let k = j;
      while (k > start[tag]! && time[k - 1] === at && before[k - 1]! > distress) {
        before[k] = before[k - 1]!;
        moment[k] = moment[k - 1]!;
        k--;
      }
      before[k] = distress;
      moment[k] = which;
    }
  }
}
