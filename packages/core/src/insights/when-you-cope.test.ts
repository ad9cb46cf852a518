import { describe, expect, it } from 'vitest';
import { createMoment, insightsOf } from './insights-factories';

const cell = (weekdayHour: number[][], weekday: number, hour: number) => weekdayHour[weekday]?.[hour];

describe('when you cope', () => {
  it('counts moments by local weekday (0 = Monday) and hour, across both summer-time changes', () => {
    const moments = [
      '2026-03-28T23:30:00Z', // Saturday 23:30 GMT
      '2026-03-29T00:30:00Z', // Sunday 00:30 GMT
      '2026-03-29T01:30:00Z', // clocks went forward at 01:00 UTC: Sunday 02:30 IST
      '2026-07-01T12:00:00Z', // Wednesday 13:00 IST
      '2026-10-25T00:30:00Z', // Sunday 01:30 IST
      '2026-10-25T01:30:00Z', // clocks went back at 01:00 UTC: Sunday 01:30 GMT again
    ].map((occurredAt) => createMoment({ occurredAt }));
    const { weekdayHour } = insightsOf(moments, { timeZone: 'Europe/Dublin' }).whenYouCope;
    expect(weekdayHour).toHaveLength(7);
    for (const day of weekdayHour) expect(day).toHaveLength(24);
    expect(cell(weekdayHour, 5, 23)).toBe(1);
    expect(cell(weekdayHour, 6, 0)).toBe(1);
    expect(cell(weekdayHour, 6, 2)).toBe(1);
    expect(cell(weekdayHour, 2, 13)).toBe(1);
    expect(cell(weekdayHour, 6, 1)).toBe(2);
    expect(weekdayHour.flat().reduce((sum, count) => sum + count, 0)).toBe(6);
  });

  it('handles half- and quarter-hour offsets', () => {
    const moments = [createMoment({ occurredAt: '2026-11-02T21:40:00Z' })];
    // Tuesday 03:10 in Kolkata (+05:30), 03:25 in Kathmandu (+05:45), Monday 21:40 in UTC.
    expect(cell(insightsOf(moments, { timeZone: 'Asia/Kolkata' }).whenYouCope.weekdayHour, 1, 3)).toBe(1);
    expect(cell(insightsOf(moments, { timeZone: 'Asia/Kathmandu' }).whenYouCope.weekdayHour, 1, 3)).toBe(1);
    expect(cell(insightsOf(moments).whenYouCope.weekdayHour, 0, 21)).toBe(1);
  });

  it('lists the most frequent triggers and contexts, ties alphabetically, at most 8', () => {
    const moments = [
      createMoment({ occurredAt: '2026-11-20T10:00:00Z', triggerTags: ['work-conflict', 'criticism'], contextTags: ['work'] }),
      createMoment({ occurredAt: '2026-11-20T11:00:00Z', triggerTags: ['work-conflict'], contextTags: ['work', 'alone'] }),
      createMoment({ occurredAt: '2026-11-20T12:00:00Z', triggerTags: ['money'], contextTags: ['home', 'alone'] }),
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((tag, index) =>
        createMoment({ occurredAt: `2026-11-1${index}T12:00:00Z`, triggerTags: [`tag-${tag}`] })),
    ];
    const { topTriggers, topContexts } = insightsOf(moments).whenYouCope;
    expect(topTriggers).toEqual([
      { tag: 'work-conflict', count: 2 }, { tag: 'criticism', count: 1 }, { tag: 'money', count: 1 },
      { tag: 'tag-a', count: 1 }, { tag: 'tag-b', count: 1 }, { tag: 'tag-c', count: 1 }, { tag: 'tag-d', count: 1 }, { tag: 'tag-e', count: 1 },
    ]);
    expect(topContexts).toEqual([{ tag: 'alone', count: 2 }, { tag: 'work', count: 2 }, { tag: 'home', count: 1 }]);
  });
});
