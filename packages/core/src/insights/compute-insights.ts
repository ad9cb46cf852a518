import { computeBalance } from './balance';
import { computeCopingNotEnough } from './coping-not-enough';
import type { InsightsInput } from './insights-input';
import type { Insights } from './insights-schema';
import { buildMomentTable } from './moment-table';
import { computeRecurringTriggers } from './recurring-triggers';
import { computeReliance } from './reliance';
import { computeSkillEffects } from './skill-effects';
import { findTriggerReturns } from './trigger-returns';
import { buildTriggerTimeline } from './trigger-timeline';
import { computeWhenYouCope } from './when-you-cope';
import { computeWindowOfTolerance } from './window-of-tolerance';
import { computeWins } from './wins';
import { countWeeks, weekGrid } from './weeks';

export type { InsightsInput, InsightsMoment, InsightsPractice, InsightsSkill } from './insights-input';
/** Every threshold and constant the insights use, e.g. insightsThresholds.MIN_USES_WITH_AFTER, for pages that explain them. */
export * as insightsThresholds from './thresholds';

/**
 * What a person's own moments say, as of a date: which skills soothe and which only distract,
 * reliance, when hard moments come, recurring triggers, the coping ↔ healing balance, time outside
 * the window of tolerance, when coping isn't enough, and wins. Pure: the same input always gives
 * the same output, whatever the order of the moments. Method and every threshold:
 * docs/insights.md.
 *
 * Throws a RangeError for an invalid asOf or an unknown time zone.
 */
export function computeInsights(input: InsightsInput): Insights {
  const table = buildMomentTable(input);
  const timeline = buildTriggerTimeline(table);
  const returns = findTriggerReturns(table, timeline);
  const grid = weekGrid(table.asOfDay);
  const weekly = countWeeks(table, grid);

  const skillEffects = computeSkillEffects(table, returns);
  const windowOfTolerance = computeWindowOfTolerance(grid, weekly);
  return {
    asOf: input.asOf.toISOString(),
    timeZone: input.timeZone,
    moments: table.count,
    skillEffects,
    reliance: computeReliance(table, grid, weekly),
    whenYouCope: computeWhenYouCope(table),
    recurringTriggers: computeRecurringTriggers(table, timeline),
    balance: computeBalance(grid, weekly),
    windowOfTolerance,
    copingNotEnough: computeCopingNotEnough(table),
    wins: computeWins(table, skillEffects, windowOfTolerance),
  };
}
