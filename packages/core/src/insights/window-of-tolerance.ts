import type { WindowOfTolerance } from './insights-schema';
import { round, trendOf } from './stats';
import { PEAK_DEAD_BAND } from './thresholds';
import { completeWeeks, type WeekGrid, type WeeklyCounts } from './weeks';

/**
 * Time outside the window of tolerance, week by week: moments at distress 8 or more, or numb and
 * shut down (arousal hypo) at any distress, since numbness is not calm. And whether the hardest
 * moment of each week is getting less hard.
 */
export function computeWindowOfTolerance(grid: WeekGrid, weekly: WeeklyCounts): WindowOfTolerance {
  const peaks = grid.starts.map((_, week) => (weekly.peak[week]! >= 0 ? weekly.peak[week]! : null));
  return {
    weeks: grid.starts.map((weekStart, week) => {
      const moments = weekly.moments[week]!;
      return {
        weekStart,
        moments,
        outside: weekly.outside[week]!,
        share: moments > 0 ? round(weekly.outside[week]! / moments) : null,
        peakDistress: peaks[week]!,
      };
    }),
    peakTrend: trendOf(completeWeeks(peaks), PEAK_DEAD_BAND),
  };
}
