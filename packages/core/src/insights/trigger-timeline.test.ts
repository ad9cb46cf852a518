import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, SKILLS, createMoment } from './insights-factories';
import type { InsightsMoment } from './insights-input';
import { buildMomentTable } from './moment-table';
import { buildTriggerTimeline } from './trigger-timeline';

/** The timeline as plain values: per tag (by name), its (time, distress) pairs in order. */
function timelineOf(moments: readonly InsightsMoment[]): Record<string, [number, number][]> {
  const table = buildMomentTable({ moments, skills: SKILLS, asOf: AS_OF, timeZone: 'UTC' });
  const timeline = buildTriggerTimeline(table);
  const result: Record<string, [number, number][]> = {};
  table.tags.forEach((tag, index) => {
    const pairs: [number, number][] = [];
    for (let j = timeline.start[index]!; j < timeline.start[index + 1]!; j++) {
      expect(table.time[timeline.moment[j]!]).toBe(timeline.time[j]);
      expect(table.before[timeline.moment[j]!]).toBe(timeline.before[j]);
      pairs.push([timeline.time[j]!, timeline.before[j]!]);
    }
    result[tag] = pairs;
  });
  return result;
}

const byTimeThenDistress = (moments: readonly InsightsMoment[]) =>
  [...moments].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || a.distressBefore - b.distressBefore);

describe('buildTriggerTimeline', () => {
  const moment = fc.record({
    hour: fc.integer({ min: 0, max: 300 }),
    distressBefore: fc.integer({ min: 0, max: 10 }),
    triggerTags: fc.uniqueArray(fc.constantFrom('work', 'money', 'family'), { maxLength: 3 }),
  }).map(({ hour, ...rest }) => createMoment({ ...rest, occurredAt: new Date(AS_OF.getTime() - hour * 3_600_000).toISOString() }));

  it('puts every tag\'s moments oldest first, lower distress first at the same instant, from any order', () => {
    fc.assert(
      fc.property(fc.array(moment, { maxLength: 60 }), (moments) => {
        const expected = timelineOf(byTimeThenDistress(moments));
        expect(timelineOf(moments)).toEqual(expected);
        expect(timelineOf(byTimeThenDistress(moments).reverse())).toEqual(expected);
        for (const pairs of Object.values(expected)) {
          for (let j = 1; j < pairs.length; j++) {
            const [time, distress] = pairs[j]!, [previousTime, previousDistress] = pairs[j - 1]!;
            expect(time > previousTime || (time === previousTime && distress >= previousDistress)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('copes with more tags than one radix digit holds', () => {
    const moments = Array.from({ length: 5000 }, (_, index) =>
      createMoment({ occurredAt: new Date(AS_OF.getTime() - ((index * 7919) % 5000) * 60_000).toISOString(), triggerTags: [`tag-${index % 3000}`] }));
    const timeline = timelineOf(moments);
    expect(Object.keys(timeline)).toHaveLength(3000);
    expect(timeline['tag-0']!.map(([time]) => time)).toEqual([...timeline['tag-0']!.map(([time]) => time)].sort((a, b) => a - b));
    expect(timelineOf(byTimeThenDistress(moments))).toEqual(timeline);
  });
});
