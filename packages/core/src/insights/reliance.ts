import type { Reliance, RelianceEntry } from './insights-schema';
import { DAY_MS } from './local-time';
import { MALADAPTIVE, type MomentTable } from './moment-table';
import { round } from './stats';
import {
  MALADAPTIVE_RISING_WEEKS, MIN_USES_PER_RISING_WEEK, ONLY_WAY_MIN_MOMENTS, ONLY_WAY_SHARE, RELIANCE_WINDOW_DAYS,
} from './thresholds';
import { completeWeeks, type WeekGrid, type WeeklyCounts } from './weeks';

/**
 * How much the person leans on each skill over the last 30 days, how varied the toolkit is, and
 * whether one way of coping is becoming the only way.
 */
export function computeReliance(table: MomentTable, grid: WeekGrid, weekly: WeeklyCounts): Reliance {
  const from = table.asOf - RELIANCE_WINDOW_DAYS * DAY_MS;
  const uses = new Int32Array(table.skills.length);
  let moments = 0, momentsWithSkills = 0;
  for (let i = 0; i < table.count; i++) {
    if (table.time[i]! <= from) continue;
    moments++;
    const start = table.skillStart[i]!, end = table.skillStart[i + 1]!;
    if (end > start) momentsWithSkills++;
    for (let k = start; k < end; k++) uses[table.skillIndex[k]!]!++;
  }

  const skills: RelianceEntry[] = [];
  let totalUses = 0, squares = 0;
  uses.forEach((count, index) => {
    if (count === 0) return;
    totalUses += count;
    squares += count * count;
    const share = count / moments;
    const skill = table.skills[index]!;
    skills.push({
      skillId: skill.id,
      kind: skill.kind,
      uses: count,
      share: round(share),
      onlyWay: moments >= ONLY_WAY_MIN_MOMENTS && share >= ONLY_WAY_SHARE,
    });
  });
  skills.sort((a, b) => b.uses - a.uses || (a.skillId < b.skillId ? -1 : 1));

  const maladaptiveShare = grid.starts.map((_, week) => {
    const all = weekUses(weekly, week);
    return all > 0 ? weekly.uses[week * 3 + MALADAPTIVE]! / all : null;
  });
  const maladaptiveRising = risingWeeksRunning(weekly, maladaptiveShare);
  return {
    windowDays: RELIANCE_WINDOW_DAYS,
    moments,
    momentsWithSkills,
    distinctSkills: skills.length,
    effectiveSkills: totalUses > 0 ? round((totalUses * totalUses) / squares) : null,
    skills,
    maladaptiveShareByWeek: grid.starts.map((weekStart, week) => {
      const share = maladaptiveShare[week]!;
      return { weekStart, share: share === null ? null : round(share) };
    }),
    maladaptiveRising,
    onlyWay: maladaptiveRising || skills.some((entry) => entry.onlyWay),
  };
}

export function weekUses(weekly: WeeklyCounts, week: number): number {
  return weekly.uses[week * 3]! + weekly.uses[week * 3 + 1]! + weekly.uses[week * 3 + 2]!;
}

/**
 * The maladaptive share rose in each of the last four complete weeks (five weeks, each higher than
 * the one before), each of them with enough uses that a single one cannot make a rise.
 */
function risingWeeksRunning(weekly: WeeklyCounts, shares: readonly (number | null)[]): boolean {
  const complete = completeWeeks(shares);
  const last = complete.length - 1;
  for (let step = 0; step <= MALADAPTIVE_RISING_WEEKS; step++) {
    const week = last - step;
    if (week < 0 || complete[week] === null || weekUses(weekly, week) < MIN_USES_PER_RISING_WEEK) return false;
    if (step > 0 && !(complete[week]! < complete[week + 1]!)) return false;
  }
  return true;
}
