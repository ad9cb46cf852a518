import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../catalogue/index';
import { computeInsights } from '../insights/compute-insights';
import type { Insights } from '../insights/insights-schema';
import type { CatalogueSkill } from '../schemas/skill';
import { buildSkillViews } from '../skill-views';
import { generateDemoHistory } from './generate-demo-history';
import { TEST_SKILLS } from './test-skills';

const NOW = new Date('2026-11-02T21:40:00Z');

function demoInsights(catalogue: readonly CatalogueSkill[], seed: number, timeZone: string): { insights: Insights; hypoMoments: number } {
  const { moments } = generateDemoHistory({ days: 60, now: NOW, seed, skills: catalogue });
  const insights = computeInsights({ moments, skills: buildSkillViews(catalogue, [], []), asOf: NOW, timeZone });
  return { insights, hypoMoments: moments.filter((moment) => moment.arousal === 'hypo').length };
}

describe.each([
  ['the catalogue', CATALOGUE],
  ['a small test catalogue', TEST_SKILLS],
])('`mend demo` (60 days) with %s gives every insight something to say', (_, catalogue) => {
  describe.each([1, 2, 3, 4, 5])('seed %i', (seed) => {
    const { insights, hypoMoments } = demoInsights(catalogue, seed, seed % 2 === 0 ? 'Europe/Dublin' : 'UTC');

    it('has several skills with 3 or more after values: at least one soothes, and one only distracts by its follow-ups', () => {
      expect(insights.skillEffects.filter((effect) => effect.usesWithAfter >= 3).length).toBeGreaterThanOrEqual(4);
      expect(insights.skillEffects.some((effect) => effect.verdict === 'soothes' && effect.usesWithFollowUp >= 2)).toBe(true);
      expect(insights.skillEffects.some((effect) => effect.verdict === 'distracts' && effect.reason === 'relief-faded')).toBe(true);
      expect(insights.wins.soothingSkillIds.length).toBeGreaterThan(0);
    });

    it('has a recurring trigger in the last 4 weeks whose distress is not falling, with healing skills to try', () => {
      const [first] = insights.recurringTriggers;
      expect(first).toBeDefined();
      expect(first!.count).toBeGreaterThanOrEqual(4);
      expect(first!.laterMeanDistress).toBeGreaterThanOrEqual(first!.earlierMeanDistress - 0.5);
      expect(first!.suggestedSkillIds.length).toBeGreaterThan(0);
    });

    it('has numb (hypo) moments counted outside the window of tolerance', () => {
      expect(hypoMoments).toBeGreaterThan(0);
      expect(insights.windowOfTolerance.weeks.reduce((sum, week) => sum + week.outside, 0)).toBeGreaterThan(0);
      expect(insights.windowOfTolerance.weeks.filter((week) => week.moments > 0).length).toBeGreaterThanOrEqual(8);
    });

    it('has healing uses growing', () => {
      expect(insights.balance.healingTrend).toBe('rising');
      const healing = insights.balance.weeks.map((week) => week.healingUses);
      expect(healing.slice(-4).reduce((a, b) => a + b, 0)).toBeGreaterThan(healing.slice(0, 8).reduce((a, b) => a + b, 0) / 2);
    });

    it('has wins: times the person stayed with a feeling, and an old habit eased off', () => {
      expect(insights.wins.satWithFeelingRecent).toBeGreaterThan(0);
      expect(insights.wins.easedOffSkillIds.length).toBeGreaterThan(0);
    });

    it('fills reliance and when-you-cope, and does not sound an alarm', () => {
      expect(insights.reliance.skills.length).toBeGreaterThan(3);
      expect(insights.whenYouCope.topTriggers[0]?.count).toBeGreaterThan(4);
      expect(insights.whenYouCope.weekdayHour.flat().reduce((a, b) => a + b, 0)).toBe(insights.moments);
      expect(insights.copingNotEnough.suggestReachingOut).toBe(false);
    });
  });
});
