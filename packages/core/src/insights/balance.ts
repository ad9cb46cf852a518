import type { Balance } from './insights-schema';
import { COPING, HEALING, MALADAPTIVE } from './moment-table';
import { weekUses } from './reliance';
import { trendOf } from './stats';
import { SHARE_DEAD_BAND } from './thresholds';
import { completeWeeks, type WeekGrid, type WeeklyCounts } from './weeks';

/**
 * Coping and healing, week by week: uses of skills of each kind (as the person classified them),
 * each skill a moment names counting once, plus guided practices. The trend is that of the
 * healing share of all uses, so a busy week and a quiet one weigh alike.
 */
export function computeBalance(grid: WeekGrid, weekly: WeeklyCounts): Balance {
  const healingShare = grid.starts.map((_, week) => {
    const all = weekUses(weekly, week);
    return all > 0 ? weekly.uses[week * 3 + HEALING]! / all : null;
  });
  return {
    weeks: grid.starts.map((weekStart, week) => ({
      weekStart,
      copingUses: weekly.uses[week * 3 + COPING]!,
      healingUses: weekly.uses[week * 3 + HEALING]!,
      maladaptiveUses: weekly.uses[week * 3 + MALADAPTIVE]!,
    })),
    healingTrend: trendOf(completeWeeks(healingShare), SHARE_DEAD_BAND),
  };
}
