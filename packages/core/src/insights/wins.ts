import type { SkillEffect, Wins, WindowOfTolerance } from './insights-schema';
import { DAY_MS } from './local-time';
import { COPING, FLAG_SAT, HEALING, MALADAPTIVE, type MomentTable } from './moment-table';
import { EASED_OFF_DAYS, EASED_OFF_MIN_EARLIER_USES, WINS_RECENT_DAYS } from './thresholds';

/** Progress worth noticing: staying with feelings, old habits eased off, peaks coming down, what soothes. */
export function computeWins(table: MomentTable, skillEffects: readonly SkillEffect[], window: WindowOfTolerance): Wins {
  const recentFrom = table.asOf - WINS_RECENT_DAYS * DAY_MS;
  const easedFrom = table.asOf - EASED_OFF_DAYS * DAY_MS;
  let oldest = Infinity;
  for (let i = 0; i < table.count; i++) if (table.time[i]! < oldest) oldest = table.time[i]!;
  const halfway = oldest + (table.asOf - oldest) / 2;

  let satWithFeeling = 0, satWithFeelingRecent = 0, adaptiveRecently = 0;
  const earlierUses = new Int32Array(table.skills.length);
  const usedRecently = new Uint8Array(table.skills.length);
  for (let i = 0; i < table.count; i++) {
    const at = table.time[i]!;
    if ((table.flags[i]! & FLAG_SAT) !== 0) {
      satWithFeeling++;
      if (at > recentFrom) satWithFeelingRecent++;
    }
    for (let k = table.skillStart[i]!; k < table.skillStart[i + 1]!; k++) {
      const skill = table.skillIndex[k]!;
      if (at < halfway) earlierUses[skill]!++;
      if (at > easedFrom) {
        usedRecently[skill] = 1;
        const kind = table.skillKind[skill]!;
        if (kind === COPING || kind === HEALING) adaptiveRecently++;
      }
    }
  }

  const easedOffSkillIds = adaptiveRecently === 0 ? [] : table.skills
    .filter((_, skill) => table.skillKind[skill] === MALADAPTIVE && earlierUses[skill]! >= EASED_OFF_MIN_EARLIER_USES && usedRecently[skill] === 0)
    .map((skill) => skill.id)
    .sort();
  return {
    satWithFeeling,
    satWithFeelingRecent,
    easedOffSkillIds,
    fallingPeaks: window.peakTrend === 'falling',
    soothingSkillIds: skillEffects.filter((effect) => effect.verdict === 'soothes').map((effect) => effect.skillId),
  };
}
