import { catalogueSkill } from '../catalogue/index';
import { DAY_MS, createZoneOffsets, localDayOf } from '../insights/local-time';
import type { WindowWeek } from '../insights/insights-schema';
import { exerciseForSkill } from '../practice/exercises/index';
import type { NextStep, PathAreaState, PathState } from '../schemas/path';
import type { Practice } from '../schemas/practice';
import type { HealingArea, HealingLayer } from './healing-area-types';
import { healingArea } from './healing-areas';

/** Finds a healing area by id; the real list by default, a fixed one in tests. */
export type HealingAreaLookup = (id: string) => HealingArea | undefined;

/** A week counts as steady when at most this share of its moments were outside the window of tolerance. */
export const STEADY_WEEK_SHARE = 0.25;
/** The pace counts path practices over this many days, rolling. */
export const PACE_DAYS = 7;

/** What the last two complete weeks (the current week, last in the list, is left out) say. */
export type RecentWeeks = 'steady' | 'unsteady' | 'no-moments';

export function recentWeeks(windowWeeks: readonly WindowWeek[]): RecentWeeks {
  const lastTwo = windowWeeks.slice(-3, -1);
  if (lastTwo.length < 2 || lastTwo.every((week) => week.moments === 0)) return 'no-moments';
  return lastTwo.every((week) => week.moments === 0 || week.share === null || week.share <= STEADY_WEEK_SHARE) ? 'steady' : 'unsteady';
}

/**
 * The last two complete weeks were mostly inside the window of tolerance: each had at most a
 * quarter of its moments outside, or no moments at all. Two empty weeks say nothing, so they
 * are not "steady".
 */
export function mostlyInsideWindow(windowWeeks: readonly WindowWeek[]): boolean {
  return recentWeeks(windowWeeks) === 'steady';
}

/** The layer the person is in, or the deepest one when the area has fewer layers than it once had. */
export function currentPathLayer(area: HealingArea, state: PathAreaState): HealingLayer | undefined {
  return area.layers[Math.min(state.layer, area.layers.length - 1)];
}

export interface NextPathStepInput {
  path: PathState;
  practices: readonly Practice[];
  asOf: Date;
  /** For the day named in "opens again on Thursday"; default the plan's time zone, else UTC. */
  timeZone?: string;
  /** Default: Mend's healing areas. */
  areas?: HealingAreaLookup;
}

/**
 * The next step at the person's pace: the chosen area practised least recently (never practised
 * first, ties in the order chosen), and in its current layer the skill this person has practised
 * least (ties in the layer's order). The pace counts path practices in the last 7 days, rolling;
 * when it is full the step says from which moment there is room again. Nothing is ever overdue.
 */
export function nextPathStep(input: NextPathStepInput): { next: NextStep | null; practicesThisWeek: number } {
  const { path, asOf } = input;
  const lookup = input.areas ?? healingArea;
  const now = asOf.getTime();
  const practices = input.practices.filter((practice) => Date.parse(practice.startedAt) <= now);
  const counted = practices
    .filter((practice) => practice.pathAreaId !== null && Date.parse(practice.startedAt) > now - PACE_DAYS * DAY_MS)
    .map((practice) => Date.parse(practice.startedAt))
    .sort((a, b) => a - b);
  const practicesThisWeek = counted.length;
  if (path.paused) return { next: null, practicesThisWeek };

  const choice = chooseArea(path, practices, lookup);
  if (!choice) return { next: null, practicesThisWeek };
  const { area, layer } = choice;

  const timesPractised = (skillId: string) => practices.filter((practice) => practice.skillId === skillId).length;
  let skillId = layer.skillIds[0]!;
  for (const candidate of layer.skillIds) if (timesPractised(candidate) < timesPractised(skillId)) skillId = candidate;

  const pace = path.pace.practicesPerWeek;
  const ready = practicesThisWeek < pace;
  // The window drops a practice 7 days after it began; once count − pace + 1 of them have dropped there is room again.
  const readyFrom = ready ? null : counted[practicesThisWeek - pace]! + PACE_DAYS * DAY_MS;
  const timeZone = input.timeZone ?? path.plan?.timeZone ?? 'UTC';
  return {
    next: {
      areaId: area.id,
      layer: area.layers.indexOf(layer),
      skillId,
      exerciseId: exerciseForSkill(skillId)?.id ?? null,
      kind: catalogueSkill(skillId)?.kind ?? 'healing',
      ready,
      readyFrom: readyFrom === null ? null : new Date(readyFrom).toISOString(),
      reason: readyFrom === null
        ? `Whenever you're ready: ${area.name}, ${layer.name}.`
        : `You've done what you planned this week. The next step opens ${whenText(now, readyFrom, timeZone)} — rest counts too.`,
    },
    practicesThisWeek,
  };
}

function chooseArea(path: PathState, practices: readonly Practice[], lookup: HealingAreaLookup) {
  let best: { area: HealingArea; layer: HealingLayer; last: number } | undefined;
  for (const state of path.areas) {
    const area = lookup(state.areaId);
    const layer = area && currentPathLayer(area, state);
    if (!area || !layer || layer.skillIds.length === 0) continue;
    let last = -Infinity;
    for (const practice of practices) {
      if (practice.pathAreaId === state.areaId) last = Math.max(last, Date.parse(practice.startedAt));
    }
    if (!best || last < best.last) best = { area, layer, last };
  }
  return best;
}

const WEEKDAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** "later today", "tomorrow", "on Thursday" or, a week on, "next Monday", in the person's time zone. */
function whenText(now: number, at: number, timeZone: string): string {
  const zone = createZoneOffsets(timeZone);
  const days = localDayOf(at, zone.offsetAt(at)) - localDayOf(now, zone.offsetAt(now));
  if (days <= 0) return 'later today';
  if (days === 1) return 'tomorrow';
  let format = WEEKDAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone });
    WEEKDAY_FORMATS.set(timeZone, format);
  }
  // A week on is the same weekday as today: "next Monday", never "on Monday" said on a Monday.
  return `${days >= 7 ? 'next' : 'on'} ${format.format(at)}`;
}
