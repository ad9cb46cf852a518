import type { Certainty, SkillEffect, Verdict, VerdictReason } from './insights-schema';
import { NONE, type MomentTable } from './moment-table';
import { interval90, mean, round, roundOrNull, sampleSd, shrink } from './stats';
import {
  CERTAINTY_HIGH_FROM, CERTAINTY_MEDIUM_FROM, CLEAR_RELIEF, FADED_AT_MOST, HELD_AT_LEAST, MIN_FOLLOW_UPS, MIN_SPREAD,
  MIN_USES_WITH_AFTER, MIN_USES_WITH_TRIGGER, NEAR_HELD_CUT, NEAR_RELIEF_CUT, NEAR_RETURN_CUT, PRIOR_USES,
  RETURN_ABOVE_USUAL, RETURN_RATE_AT_LEAST, WIDE_INTERVAL,
} from './thresholds';
import { usualReturnChance, type TriggerReturns } from './trigger-returns';

/** Running sums for one skill: whole numbers only, so the order of the moments cannot change them. */
interface Sums {
  uses: number;
  withAfter: number;
  relief: number;
  reliefSquares: number;
  withFollowUp: number;
  reliefAtFollowUp: number;
  rebound: number;
  withTrigger: number;
  returned: number;
  /** In billionths: fractions summed in a different order can differ in the last bit. */
  usualUnits: number;
}

const UNITS = 1e9;

const VERDICT_ORDER: Record<Verdict, number> = { soothes: 0, distracts: 1, 'no-clear-effect': 2, 'not-enough-data': 3 };
const CERTAINTIES: readonly Certainty[] = ['low', 'medium', 'high'];

/**
 * Every used skill's effect. Each moment counts, whole, for every skill it names: Mend cannot tell
 * which of two skills did the work, so both get the credit (and both get the rebound).
 */
export function computeSkillEffects(table: MomentTable, returns: TriggerReturns): SkillEffect[] {
  const sums: Sums[] = table.skills.map(() => ({
    uses: 0, withAfter: 0, relief: 0, reliefSquares: 0, withFollowUp: 0, reliefAtFollowUp: 0, rebound: 0, withTrigger: 0, returned: 0, usualUnits: 0,
  }));
  let overallRelief = 0, overallCount = 0;
  const { before, after, lastFollowUp, skillStart, skillIndex, tagStart } = table;
  for (let i = 0; i < table.count; i++) {
    const from = skillStart[i]!, to = skillStart[i + 1]!;
    if (from === to) continue;
    const hasAfter = after[i]! !== NONE;
    const relief = before[i]! - after[i]!;
    const followUp = lastFollowUp[i]!;
    const hasFollowUp = hasAfter && followUp !== NONE;
    const tracked = table.time[i]! <= returns.dayOldUntil && tagStart[i + 1]! > tagStart[i]!;
    const usualUnits = tracked ? Math.round(usualReturnChance(table, returns, i) * UNITS) : 0;
    if (hasAfter) {
      overallRelief += relief;
      overallCount++;
    }
    for (let k = from; k < to; k++) {
      const sum = sums[skillIndex[k]!]!;
      sum.uses++;
      if (hasAfter) {
        sum.withAfter++;
        sum.relief += relief;
        sum.reliefSquares += relief * relief;
      }
      if (hasFollowUp) {
        sum.withFollowUp++;
        sum.reliefAtFollowUp += relief;
        sum.rebound += followUp - after[i]!;
      }
      if (tracked) {
        sum.withTrigger++;
        sum.returned += returns.returned[i]!;
        sum.usualUnits += usualUnits;
      }
    }
  }

  const overallMean = mean(overallRelief, overallCount);
  const effects: SkillEffect[] = [];
  sums.forEach((sum, index) => {
    if (sum.uses > 0) effects.push(effectOf(table.skills[index]!.id, table.skills[index]!.kind, sum, overallMean));
  });
  return effects.sort(
    (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.uses - a.uses || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0),
  );
}

function effectOf(skillId: string, kind: SkillEffect['kind'], sum: Sums, overallMean: number | null): SkillEffect {
  const meanRelief = mean(sum.relief, sum.withAfter);
  const spread = sampleSd(sum.relief, sum.reliefSquares, sum.withAfter);
  const shrunk = shrink(sum.relief, sum.withAfter, overallMean, PRIOR_USES);
  const interval = meanRelief === null ? null : interval90(meanRelief, spread, sum.withAfter, MIN_SPREAD);
  const held = sum.withFollowUp > 0 && sum.reliefAtFollowUp > 0
    ? Math.min(1, Math.max(0, (sum.reliefAtFollowUp - sum.rebound) / sum.reliefAtFollowUp))
    : null;
  const { verdict, reason, certainty } = judge({ sum, shrunk, interval, held });
  return {
    skillId,
    kind,
    uses: sum.uses,
    usesWithAfter: sum.withAfter,
    meanRelief: roundOrNull(meanRelief),
    reliefSpread: roundOrNull(spread),
    shrunkRelief: roundOrNull(shrunk),
    reliefInterval: interval && { low: round(interval.low), high: round(interval.high) },
    usesWithFollowUp: sum.withFollowUp,
    meanHeld: roundOrNull(held),
    meanRebound: roundOrNull(mean(sum.rebound, sum.withFollowUp)),
    sameTriggerWithinDay: sum.returned,
    usesWithTrigger: sum.withTrigger,
    usualSameTriggerWithinDay: round(sum.usualUnits / UNITS),
    verdict,
    reason,
    certainty,
  };
}

interface Evidence {
  sum: Sums;
  shrunk: number | null;
  interval: { low: number; high: number } | null;
  held: number | null;
}

/**
 * The verdict rules, in order; docs/insights.md walks through them. Follow-ups are the direct
 * evidence of whether relief lasts, so they decide when there are enough of them; the trigger
 * coming back within a day decides only when they cannot.
 */
export function judge({ sum, shrunk, interval, held }: Evidence): { verdict: Verdict; reason: VerdictReason; certainty: Certainty | null } {
  if (sum.withAfter < MIN_USES_WITH_AFTER || shrunk === null || interval === null) {
    return { verdict: 'not-enough-data', reason: 'too-few-after-values', certainty: null };
  }
  const wide = interval.high - interval.low > WIDE_INTERVAL;
  const clearRelief = shrunk >= CLEAR_RELIEF && interval.low > 0;
  if (!clearRelief) {
    return { verdict: 'no-clear-effect', reason: 'no-clear-relief', certainty: certaintyOf(sum.withAfter, wide, shrunk >= CLEAR_RELIEF - NEAR_RELIEF_CUT) };
  }
  const followedUp = sum.withFollowUp >= MIN_FOLLOW_UPS && held !== null;
  if (followedUp && held >= HELD_AT_LEAST) {
    return { verdict: 'soothes', reason: 'relief-held', certainty: certaintyOf(sum.withFollowUp, wide, held < HELD_AT_LEAST + NEAR_HELD_CUT) };
  }
  if (followedUp && held <= FADED_AT_MOST) {
    return { verdict: 'distracts', reason: 'relief-faded', certainty: certaintyOf(sum.withFollowUp, wide, held > FADED_AT_MOST - NEAR_HELD_CUT) };
  }
  if (sum.withTrigger >= MIN_USES_WITH_TRIGGER) {
    const rate = sum.returned / sum.withTrigger;
    const aboveUsual = (sum.returned - sum.usualUnits / UNITS) / sum.withTrigger;
    // A hair of slack so that, say, 0.2 reached by division is not missed by the last bit.
    if (rate >= RETURN_RATE_AT_LEAST && aboveUsual >= RETURN_ABOVE_USUAL - 1e-9) {
      const near = rate < RETURN_RATE_AT_LEAST + NEAR_RETURN_CUT || aboveUsual < RETURN_ABOVE_USUAL + NEAR_RETURN_CUT;
      return { verdict: 'distracts', reason: 'trigger-returned', certainty: certaintyOf(sum.withTrigger, wide, near) };
    }
  }
  if (followedUp) {
    return { verdict: 'no-clear-effect', reason: 'relief-partly-held', certainty: certaintyOf(sum.withFollowUp, wide, false) };
  }
  return { verdict: 'not-enough-data', reason: 'too-few-follow-ups', certainty: null };
}

/** From how much evidence there is; one step lower for a wide interval and for a verdict near its line. */
function certaintyOf(evidence: number, wide: boolean, nearLine: boolean): Certainty {
  const level = (evidence >= CERTAINTY_HIGH_FROM ? 2 : evidence >= CERTAINTY_MEDIUM_FROM ? 1 : 0) - (wide ? 1 : 0) - (nearLine ? 1 : 0);
  return CERTAINTIES[Math.max(0, level)]!;
}
