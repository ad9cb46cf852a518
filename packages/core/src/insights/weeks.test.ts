import { describe, expect, it } from 'vitest';
import { AS_OF, ago, createMoment, createUse, insightsOf } from './insights-factories';
import type { InsightsMoment } from './insights-input';

describe('window of tolerance', () => {
  it('counts moments outside it per week: distress 8 or more, or numb (hypo) at any distress', () => {
    const moments = [
      createMoment({ occurredAt: ago(1), distressBefore: 8 }),
      createMoment({ occurredAt: ago(1, 1), distressBefore: 3, arousal: 'hypo' }),
      createMoment({ occurredAt: ago(1, 2), distressBefore: 7, arousal: 'hyper' }),
      createMoment({ occurredAt: ago(2), distressBefore: 5, arousal: 'window' }),
      createMoment({ occurredAt: ago(8), distressBefore: 9, arousal: 'hypo' }),
    ];
    const { weeks } = insightsOf(moments).windowOfTolerance;
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toEqual({ weekStart: '2026-11-16', moments: 4, outside: 2, share: 0.5, peakDistress: 8 });
    expect(weeks.at(-2)).toEqual({ weekStart: '2026-11-09', moments: 1, outside: 1, share: 1, peakDistress: 9 });
    expect(weeks[0]).toEqual({ weekStart: '2026-08-31', moments: 0, outside: 0, share: null, peakDistress: null });
  });

  it('finds falling, steady and rising peaks over complete weeks, and says when there are too few', () => {
    const peaks = (values: readonly number[]) =>
      values.map((distress, index) => createMoment({ occurredAt: ago(4 + 7 * (values.length - index)), distressBefore: distress }));
    const trend = (values: readonly number[], current: readonly InsightsMoment[] = []) =>
      insightsOf([...peaks(values), ...current]).windowOfTolerance.peakTrend;
    expect(trend([9, 9, 8, 8, 7, 6])).toBe('falling');
    expect(trend([7, 8, 7, 8, 7, 8])).toBe('steady');
    expect(trend([5, 6, 6, 7])).toBe('rising');
    expect(trend([9, 8, 7])).toBe('not-enough-data');
    // A calm start to the current week is not yet a trend.
    expect(trend([8, 8, 8, 8], [createMoment({ occurredAt: ago(0, 1), distressBefore: 2 })])).toBe('steady');
  });

  it('puts weeks in the person\'s time zone: Monday 00:30 in Auckland is still Sunday in UTC', () => {
    const moment = createMoment({ occurredAt: '2026-11-15T11:30:00Z' }); // Monday 16 Nov, 00:30 in Auckland (+13)
    const weekOf = (timeZone: string) => insightsOf([moment], { timeZone }).windowOfTolerance.weeks.find((week) => week.moments === 1)?.weekStart;
    expect(weekOf('Pacific/Auckland')).toBe('2026-11-16');
    expect(weekOf('UTC')).toBe('2026-11-09');
    // asOf (Sunday 20:00 UTC) is already Monday morning in Auckland: a new week there.
    expect(insightsOf([moment], { timeZone: 'Pacific/Auckland' }).windowOfTolerance.weeks.at(-1)?.weekStart).toBe('2026-11-23');
  });
});

describe('balance', () => {
  it('counts uses of each kind per week, a moment\'s every skill once, and guided practices by their skill\'s kind', () => {
    const moments = [
      createUse(['walk', 'sitting-with-a-feeling'], 7, 4, null, { occurredAt: ago(1) }),
      createUse(['endless-scrolling', 'box-breathing'], 7, 4, null, { occurredAt: ago(2) }),
      createUse('mystery-skill', 7, 4, null, { occurredAt: ago(2, 1) }),
      createUse('self-compassion-pause', 7, 4, null, { occurredAt: ago(9) }),
    ];
    const practices = [
      { skillId: 'setting-a-boundary', startedAt: ago(3) },
      { skillId: 'box-breathing', startedAt: ago(3, 2) },
      { skillId: 'setting-a-boundary', startedAt: new Date(AS_OF.getTime() + 1000).toISOString() },
    ];
    const { weeks } = insightsOf(moments, { practices }).balance;
    expect(weeks.at(-1)).toEqual({ weekStart: '2026-11-16', copingUses: 3, healingUses: 2, maladaptiveUses: 1 });
    expect(weeks.at(-2)).toEqual({ weekStart: '2026-11-09', copingUses: 0, healingUses: 1, maladaptiveUses: 0 });
  });

  it('names the trend of the healing share over complete weeks', () => {
    const history = (healingPerWeek: readonly number[]) =>
      healingPerWeek.flatMap((healing, index) => {
        const weeksBack = healingPerWeek.length - index;
        return Array.from({ length: 4 }, (_, n) =>
          createUse(n < healing ? 'sitting-with-a-feeling' : 'walk', 6, 4, null, { occurredAt: ago(4 + 7 * weeksBack, n) }));
      });
    expect(insightsOf(history([0, 1, 1, 2, 3])).balance.healingTrend).toBe('rising');
    expect(insightsOf(history([2, 2, 2, 2])).balance.healingTrend).toBe('steady');
    expect(insightsOf(history([3, 2, 1, 1])).balance.healingTrend).toBe('falling');
    expect(insightsOf(history([0, 4])).balance.healingTrend).toBe('not-enough-data');
  });
});
