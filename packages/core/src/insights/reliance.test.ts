import { describe, expect, it } from 'vitest';
import { ago, createMoment, createUse, insightsOf, repeat } from './insights-factories';
import type { InsightsMoment } from './insights-input';

/** `maladaptive` of `total` moments on the Wednesday of the complete week `weeksBack` weeks before the last complete one. */
function week(weeksBack: number, maladaptive: number, total: number): InsightsMoment[] {
  // AS_OF is a Sunday evening; 11 days back is the Wednesday of the week before.
  return Array.from({ length: total }, (_, index) =>
    createUse(index < maladaptive ? 'endless-scrolling' : 'walk', 7, 5, null, { occurredAt: ago(11 + 7 * weeksBack, index) }));
}

describe('reliance', () => {
  it('counts each skill\'s share of the moments in the last 30 days, and how varied the toolkit is', () => {
    const moments = [
      createUse('walk', 6, 4, null, { occurredAt: ago(1) }),
      createUse(['walk', 'journaling'], 6, 4, null, { occurredAt: ago(2) }),
      createUse('box-breathing', 6, 4, null, { occurredAt: ago(29) }),
      createMoment({ occurredAt: ago(3) }),
      createUse('endless-scrolling', 6, 4, null, { occurredAt: ago(31) }),
    ];
    const { reliance } = insightsOf(moments);
    expect(reliance).toMatchObject({ windowDays: 30, moments: 4, momentsWithSkills: 3, distinctSkills: 3, onlyWay: false });
    expect(reliance.skills).toEqual([
      { skillId: 'walk', kind: 'coping', uses: 2, share: 0.5, onlyWay: false },
      { skillId: 'box-breathing', kind: 'coping', uses: 1, share: 0.25, onlyWay: false },
      { skillId: 'journaling', kind: 'coping', uses: 1, share: 0.25, onlyWay: false },
    ]);
    expect(reliance.effectiveSkills).toBeCloseTo(16 / 6, 3); // (2 + 1 + 1)² / (4 + 1 + 1)
  });

  it.each([
    ['60% of 10 moments', 10, 6, true],
    ['5 of 8 moments', 8, 5, true],
    ['half of 10 moments', 10, 5, false],
    ['all of 7 moments (too few to say)', 7, 7, false],
  ])('onlyWay by share: %s', (_, total, withSkill, expected) => {
    const moments = repeat(total, (index, at) => (index < withSkill ? createUse('endless-scrolling', 7, 5, null, { occurredAt: at }) : createMoment({ occurredAt: at })));
    const { reliance } = insightsOf(moments);
    expect(reliance.skills[0]?.onlyWay).toBe(expected);
    expect(reliance.onlyWay).toBe(expected);
  });

  it('onlyWay when the maladaptive share rose four complete weeks running', () => {
    const moments = [week(4, 0, 4), week(3, 1, 4), week(2, 2, 4), week(1, 3, 4), week(0, 4, 4)].flat();
    // The current week, so far, does not count either way.
    moments.push(createUse('walk', 7, 5, null, { occurredAt: ago(0, 2) }));
    const { reliance } = insightsOf(moments);
    expect(reliance.maladaptiveShareByWeek).toHaveLength(12);
    expect(reliance.maladaptiveShareByWeek.slice(6).map((entry) => entry.share)).toEqual([0, 0.25, 0.5, 0.75, 1, 0]);
    expect(reliance.maladaptiveShareByWeek.at(-1)?.weekStart).toBe('2026-11-16');
    expect(reliance.maladaptiveRising).toBe(true);
    expect(reliance.onlyWay).toBe(true);
  });

  it('is not rising after a flat week, or with too few uses in a week', () => {
    const flat = [week(4, 0, 4), week(3, 1, 4), week(2, 1, 4), week(1, 3, 4), week(0, 4, 4)].flat();
    expect(insightsOf(flat).reliance.maladaptiveRising).toBe(false);
    const thin = [week(4, 0, 4), week(3, 1, 4), week(2, 2, 4), week(1, 2, 2), week(0, 4, 4)].flat();
    expect(insightsOf(thin).reliance.maladaptiveRising).toBe(false);
    const fourWeeks = [week(3, 1, 4), week(2, 2, 4), week(1, 3, 4), week(0, 4, 4)].flat();
    expect(insightsOf(fourWeeks).reliance.maladaptiveRising).toBe(false);
  });
});
