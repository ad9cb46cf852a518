import { InsightsSchema, type Insights } from '@mend/core';

const weeks = ['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02'];

/** Nothing logged yet: what the engine answers for a new person. */
export function emptyInsightsFixture(): Insights {
  return InsightsSchema.parse({
    asOf: '2026-11-08T12:00:00Z',
    timeZone: 'Europe/Dublin',
    moments: 0,
    skillEffects: [],
    reliance: {
      windowDays: 30, moments: 0, momentsWithSkills: 0, distinctSkills: 0, effectiveSkills: null, skills: [],
      maladaptiveShareByWeek: weeks.map((weekStart) => ({ weekStart, share: null })), maladaptiveRising: false, onlyWay: false,
    },
    whenYouCope: { weekdayHour: Array.from({ length: 7 }, () => Array<number>(24).fill(0)), topTriggers: [], topContexts: [] },
    recurringTriggers: [],
    balance: { weeks: weeks.map((weekStart) => ({ weekStart, copingUses: 0, healingUses: 0, maladaptiveUses: 0 })), healingTrend: 'not-enough-data' },
    windowOfTolerance: { weeks: weeks.map((weekStart) => ({ weekStart, moments: 0, outside: 0, share: null, peakDistress: null })), peakTrend: 'not-enough-data' },
    copingNotEnough: { windowDays: 14, count: 0, suggestReachingOut: false },
    wins: { satWithFeeling: 0, satWithFeelingRecent: 0, easedOffSkillIds: [], fallingPeaks: false, soothingSkillIds: [] },
  });
}

const effect = (skillId: string, kind: 'coping' | 'healing' | 'maladaptive', fields: Partial<Insights['skillEffects'][number]>) => ({
  skillId, kind, uses: 8, usesWithAfter: 6, meanRelief: 3, reliefSpread: 1, shrunkRelief: 2.8, reliefInterval: { low: 2, high: 4 },
  usesWithFollowUp: 5, meanHeld: 0.8, meanRebound: 0.5, sameTriggerWithinDay: 0, verdict: 'soothes' as const, certainty: 'high' as const,
  ...fields,
});

/** A person a few weeks in, with something to say in every section. */
export function insightsFixture(): Insights {
  const weekdayHour = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  weekdayHour[0]![21] = 5; // Monday, late evening
  weekdayHour[0]![22] = 2;
  weekdayHour[3]![14] = 1;
  weekdayHour[5]![9] = 2;
  return InsightsSchema.parse({
    ...emptyInsightsFixture(),
    moments: 24,
    skillEffects: [
      effect('endless-scrolling', 'maladaptive', { uses: 10, meanRelief: 3.5, meanHeld: 0.1, meanRebound: 3, verdict: 'distracts', certainty: 'medium' }),
      effect('box-breathing', 'coping', {}),
      effect('journaling', 'coping', { meanRelief: 0.4, meanHeld: 0.5, verdict: 'no-clear-effect', certainty: 'low' }),
      effect('five-senses-grounding', 'coping', {
        uses: 2, usesWithAfter: 1, meanRelief: null, reliefSpread: null, shrunkRelief: null, reliefInterval: null,
        usesWithFollowUp: 0, meanHeld: null, meanRebound: null, verdict: 'not-enough-data', certainty: null,
      }),
    ],
    reliance: {
      windowDays: 30, moments: 12, momentsWithSkills: 11, distinctSkills: 3, effectiveSkills: 1.6,
      skills: [
        { skillId: 'endless-scrolling', kind: 'maladaptive', uses: 8, share: 8 / 12, onlyWay: true },
        { skillId: 'box-breathing', kind: 'coping', uses: 3, share: 3 / 12, onlyWay: false },
        { skillId: 'sitting-with-a-feeling', kind: 'healing', uses: 1, share: 1 / 12, onlyWay: false },
      ],
      maladaptiveShareByWeek: weeks.map((weekStart, index) => ({ weekStart, share: 0.2 + index * 0.1 })),
      maladaptiveRising: true,
      onlyWay: true,
    },
    whenYouCope: {
      weekdayHour,
      topTriggers: [{ tag: 'work-conflict', count: 6 }, { tag: 'loneliness', count: 3 }],
      topContexts: [{ tag: 'home', count: 9 }, { tag: 'alone', count: 7 }],
    },
    recurringTriggers: [
      { tag: 'work-conflict', count: 6, earlierMeanDistress: 7, laterMeanDistress: 7.5, suggestedSkillIds: ['setting-a-boundary', 'whats-under-anger'] },
    ],
    balance: {
      weeks: weeks.map((weekStart, index) => ({ weekStart, copingUses: 4 - index, healingUses: index, maladaptiveUses: 2 })),
      healingTrend: 'rising',
    },
    windowOfTolerance: {
      weeks: weeks.map((weekStart, index) => ({ weekStart, moments: 6, outside: 3 - index, share: (3 - index) / 6, peakDistress: 9 - index })),
      peakTrend: 'falling',
    },
    copingNotEnough: { windowDays: 14, count: 5, suggestReachingOut: true },
    wins: {
      satWithFeeling: 4, satWithFeelingRecent: 2, easedOffSkillIds: ['overworking'], fallingPeaks: true, soothingSkillIds: ['box-breathing'],
    },
  });
}
