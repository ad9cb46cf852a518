import { describe, expect, it } from 'vitest';
import { ago, createUse, insightsOf } from './insights-factories';
import type { InsightsMoment } from './insights-input';

const stillHigh = (count: number, overrides: Partial<InsightsMoment> = {}) =>
  Array.from({ length: count }, (_, index) => createUse(['box-breathing', 'walk'], 9, 7, null, { occurredAt: ago(1 + index), ...overrides }));

describe('when coping isn\'t enough', () => {
  it('suggests reaching out at 5 moments in 14 days still at 7 or more after two or more skills', () => {
    expect(insightsOf(stillHigh(5)).copingNotEnough).toEqual({ windowDays: 14, count: 5, suggestReachingOut: true });
    expect(insightsOf(stillHigh(4)).copingNotEnough).toEqual({ windowDays: 14, count: 4, suggestReachingOut: false });
  });

  it('counts only moments still at 7 or more, with two or more skills, inside the 14 days', () => {
    const moments = [
      ...stillHigh(4),
      createUse(['box-breathing', 'walk'], 9, 6, null, { occurredAt: ago(6) }),
      createUse('box-breathing', 9, 9, null, { occurredAt: ago(7) }),
      createUse(['box-breathing', 'walk'], 9, 9, null, { occurredAt: ago(14) }),
      createUse(['box-breathing', 'mystery-skill'], 9, 9, null, { occurredAt: ago(8) }),
    ];
    expect(insightsOf(moments).copingNotEnough.count).toBe(4);
    expect(insightsOf([...moments, createUse(['box-breathing', 'walk'], 9, 9, null, { occurredAt: ago(13, 23) })]).copingNotEnough.suggestReachingOut).toBe(true);
  });

  it('uses the first follow-up when no distress-after was noted', () => {
    const moments = [
      ...stillHigh(4),
      createUse(['box-breathing', 'walk'], 9, null, 8, { occurredAt: ago(10) }),
      createUse(['box-breathing', 'walk'], 9, null, null, { occurredAt: ago(11) }),
    ];
    expect(insightsOf(moments).copingNotEnough).toMatchObject({ count: 5, suggestReachingOut: true });
  });
});
