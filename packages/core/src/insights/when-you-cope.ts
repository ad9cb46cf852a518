import type { TagCount, WhenYouCope } from './insights-schema';
import { weekdayOfDay } from './local-time';
import type { MomentTable } from './moment-table';
import { TOP_TAGS } from './thresholds';

/** When hard moments come (weekday × hour, local time) and what sets them off, over all moments to asOf. */
export function computeWhenYouCope(table: MomentTable): WhenYouCope {
  const cells = new Int32Array(7 * 24);
  const tagCounts = new Int32Array(table.tags.length);
  for (let i = 0; i < table.count; i++) {
    cells[weekdayOfDay(table.localDay[i]!) * 24 + table.localHour[i]!]!++;
    for (let k = table.tagStart[i]!; k < table.tagStart[i + 1]!; k++) tagCounts[table.tagIndex[k]!]!++;
  }
  return {
    weekdayHour: Array.from({ length: 7 }, (_, weekday) => Array.from(cells.subarray(weekday * 24, weekday * 24 + 24))),
    topTriggers: top(table.tags.map((tag, index) => ({ tag, count: tagCounts[index]! }))),
    topContexts: top([...table.contextCounts].map(([tag, count]) => ({ tag, count }))),
  };
}

/** Most frequent first; ties in alphabetical order so the result never depends on input order. */
export function byCountThenTag(a: TagCount, b: TagCount): number {
  return b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}

function top(counts: TagCount[]): TagCount[] {
  return counts.sort(byCountThenTag).slice(0, TOP_TAGS);
}
