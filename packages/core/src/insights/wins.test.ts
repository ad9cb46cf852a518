import { describe, expect, it } from 'vitest';
import { ago, createMoment, createUse, insightsOf, repeat } from './insights-factories';

describe('wins', () => {
  it('counts times the person stayed with the feeling, all time and in the last 30 days', () => {
    const moments = [
      createMoment({ occurredAt: ago(2), satWithFeeling: true }),
      createMoment({ occurredAt: ago(29), satWithFeeling: true }),
      createMoment({ occurredAt: ago(31), satWithFeeling: true }),
      createMoment({ occurredAt: ago(3) }),
    ];
    expect(insightsOf(moments).wins).toMatchObject({ satWithFeeling: 3, satWithFeelingRecent: 2 });
  });

  it('names maladaptive skills used in the earlier half of the history but not in the last 4 weeks, while other coping goes on', () => {
    const earlier = [createUse('overworking', 7, 6, null, { occurredAt: ago(80) }), createUse('overworking', 7, 6, null, { occurredAt: ago(60) })];
    const once = createUse('alcohol-to-numb', 7, 6, null, { occurredAt: ago(70) });
    const recentWalk = createUse('walk', 6, 3, null, { occurredAt: ago(3) });
    expect(insightsOf([...earlier, once, recentWalk]).wins.easedOffSkillIds).toEqual(['overworking']);
    // Nothing adaptive lately: that is not easing off, it may be not logging.
    expect(insightsOf([...earlier, once, createMoment({ occurredAt: ago(3) })]).wins.easedOffSkillIds).toEqual([]);
    // Still in use.
    expect(insightsOf([...earlier, recentWalk, createUse('overworking', 7, 6, null, { occurredAt: ago(20) })]).wins.easedOffSkillIds).toEqual([]);
  });

  it('notes falling peaks and the skills that soothe', () => {
    const peaks = [9, 9, 8, 7, 6].map((distress, index) => createMoment({ occurredAt: ago(11 + 7 * (4 - index)), distressBefore: distress }));
    const soothing = repeat(4, (_, at) => createUse('box-breathing', 7, 4, 4, { occurredAt: at }), 30);
    expect(insightsOf([...peaks, ...soothing]).wins).toMatchObject({ fallingPeaks: true, soothingSkillIds: ['box-breathing'] });
  });
});
