import type { Insights } from '../insights/insights-schema';
import { createZoneOffsets, isoDateOfDay, localDayOf, weekdayOfDay } from '../insights/local-time';
import { healingArea } from '../path/healing-areas';
import type { HealingAreaLookup } from '../path/next-step';
import { exerciseById } from '../practice/exercises/index';
import type { Moment } from '../schemas/moment';
import type { PathState } from '../schemas/path';
import type { Practice } from '../schemas/practice';
import { WIN_KINDS, type Milestone, type Progress, type WeeklyReflection, type Win } from '../schemas/progress';
import type { SkillView } from '../schemas/skill';
import { beliefsWeaker, type BeliefWeaker, type ExerciseLookup } from './belief-ratings';
import * as words from './win-words';

/** The timeline shows at most this many wins, newest first. */
export const MAX_WINS = 100;

/** What progress reads of a moment; a full Moment fits. */
export type ProgressMoment = Pick<Moment, 'id' | 'occurredAt' | 'satWithFeeling'>;

export interface ProgressInput {
  moments: readonly ProgressMoment[];
  practices: readonly Practice[];
  skills: readonly SkillView[];
  /** computeInsights for the same asOf and time zone: skills eased off (used-less) and the peak trend (lower-peaks). */
  insights: Insights;
  path: PathState | null;
  asOf: Date;
  /** IANA time zone: where "this week" begins (Monday 00:00 local). */
  timeZone: string;
  /** Defaults: Mend's healing areas and guided exercises. */
  areas?: HealingAreaLookup;
  exercises?: ExerciseLookup;
}

/**
 * Progress, acknowledged: a timeline of small wins, a kind look at this week so far, and
 * milestones that only ever count up. Only what happened at or before asOf counts. Nothing here
 * is about what was missed, and nothing resets.
 */
export function computeProgress(input: ProgressInput): Progress {
  const asOf = input.asOf.getTime();
  const areas = input.areas ?? healingArea;
  const moments = input.moments
    .map((moment) => ({ moment, at: Date.parse(moment.occurredAt) }))
    .filter(({ at }) => at <= asOf)
    .sort((a, b) => a.at - b.at || compare(a.moment.id, b.moment.id));
  const practices = input.practices
    .map((practice) => ({ practice, at: Date.parse(practice.startedAt) }))
    .filter(({ at }) => at <= asOf)
    .sort((a, b) => a.at - b.at || compare(a.practice.id, b.practice.id));
  const beliefs = beliefsWeaker(practices.map(({ practice }) => practice), input.exercises ?? exerciseById);
  // One step deeper per area: the deepest layer reached, when it was first reached. Going back to
  // a gentler layer is no new win, and takes nothing away.
  const deeperAreas = (input.path?.areas ?? []).flatMap((state) => {
    const at = state.deepestLayerAt === null ? Number.NaN : Date.parse(state.deepestLayerAt);
    const area = areas(state.areaId);
    return area && state.deepestLayer > 0 && at <= asOf ? [{ state, area, at }] : [];
  });
  const names = new Map(input.skills.map((skill) => [skill.id, skill.name]));
  const iso = (time: number) => new Date(time).toISOString();

  const wins: Win[] = [];
  const win = (kind: Win['kind'], at: number, text: string, ids: { skillId?: string; practiceId?: string; momentId?: string } = {}) =>
    wins.push({ kind, at: iso(at), text, skillId: ids.skillId ?? null, practiceId: ids.practiceId ?? null, momentId: ids.momentId ?? null });
  for (const { moment, at } of moments) if (moment.satWithFeeling) win('sat-with-feeling', at, words.SAT_WITH_FEELING, { momentId: moment.id });
  for (const { practice, at } of practices) {
    const ids = { skillId: practice.skillId, practiceId: practice.id };
    if (practice.steppedBack) win('stepped-back', at, words.STEPPED_BACK, ids);
    else if (practice.kind === 'healing') win('healing-practice', at, words.healingPractice(names.get(practice.skillId) ?? null), ids);
  }
  for (const belief of beliefs) {
    win('belief-weaker', Date.parse(belief.practice.startedAt), beliefText(belief), { skillId: belief.practice.skillId, practiceId: belief.practice.id });
  }
  for (const skillId of input.insights.wins.easedOffSkillIds) win('used-less', asOf, words.usedLess(names.get(skillId) ?? skillId), { skillId });
  if (input.insights.windowOfTolerance.peakTrend === 'falling') win('lower-peaks', asOf, words.LOWER_PEAKS);
  for (const { state, area, at } of deeperAreas) {
    win('went-deeper', at, words.wentDeeper(area.name, state.deepestLayer, area.layers[state.deepestLayer]?.name ?? null));
  }
  const kindOrder = (kind: Win['kind']) => WIN_KINDS.indexOf(kind);
  wins.sort((a, b) =>
    compare(b.at, a.at) || kindOrder(a.kind) - kindOrder(b.kind)
    || compare(a.practiceId ?? a.momentId ?? a.skillId ?? '', b.practiceId ?? b.momentId ?? b.skillId ?? ''));

  return {
    asOf: iso(asOf),
    timeZone: input.timeZone,
    wins: wins.slice(0, MAX_WINS),
    thisWeek: thisWeek(input, moments, practices, deeperAreas),
    milestones: milestones(moments, practices, beliefs, deeperAreas.map(({ at }) => at), areas),
  };
}

function beliefText(belief: BeliefWeaker): string {
  return belief.kind === 'within'
    ? words.beliefWeakerWithin(belief.belief, belief.before, belief.after)
    : words.beliefWeakerAcross(belief.belief, belief.before, belief.earlier);
}

function thisWeek(
  input: ProgressInput,
  moments: readonly { moment: ProgressMoment; at: number }[],
  practices: readonly { practice: Practice; at: number }[],
  deeperAreas: readonly { area: { name: string }; at: number }[],
): WeeklyReflection {
  const zone = createZoneOffsets(input.timeZone);
  const asOf = input.asOf.getTime();
  const today = localDayOf(asOf, zone.offsetAt(asOf));
  const monday = today - weekdayOfDay(today);
  const inWeek = (at: number) => at <= asOf && localDayOf(at, zone.offsetAt(at)) >= monday;

  const weekMoments = moments.filter(({ at }) => inWeek(at));
  const weekPractices = practices.filter(({ at }) => inWeek(at));
  const satWithFeeling = weekMoments.filter(({ moment }) => moment.satWithFeeling).length;
  const healingPractices = weekPractices.filter(({ practice }) => practice.kind === 'healing').length;
  const steppedBack = weekPractices.filter(({ practice }) => practice.steppedBack).length;

  const lines: string[] = [];
  if (weekMoments.length > 0) lines.push(words.momentsLine(weekMoments.length, satWithFeeling));
  if (weekPractices.length > 0) lines.push(words.practicesLine(weekPractices.length, healingPractices));
  if (steppedBack > 0) lines.push(words.steppedBackLine(steppedBack));
  for (const { area, at } of deeperAreas) if (inWeek(at)) lines.push(words.wentDeeperLine(area.name));
  if (lines.length === 0) lines.push(words.QUIET_WEEK);
  return {
    weekStart: isoDateOfDay(monday),
    moments: weekMoments.length,
    satWithFeeling,
    practices: weekPractices.length,
    healingPractices,
    steppedBack,
    lines,
  };
}

function milestones(
  moments: readonly { moment: ProgressMoment; at: number }[],
  practices: readonly { practice: Practice; at: number }[],
  beliefs: readonly BeliefWeaker[],
  deepestLayerStarts: readonly number[],
  areas: HealingAreaLookup,
): Milestone[] {
  const reached: { id: words.MilestoneId; at: number }[] = [];
  const add = (id: words.MilestoneId, at: number | undefined) => {
    if (at !== undefined && Number.isFinite(at)) reached.push({ id, at });
  };
  add('first-moment', moments[0]?.at);
  const sat = moments.filter(({ moment }) => moment.satWithFeeling).map(({ at }) => at);
  add('first-sat-with-feeling', sat[0]);
  add('sat-with-feeling-5', sat[4]);
  add('sat-with-feeling-25', sat[24]);
  const healing = practices.filter(({ practice }) => practice.kind === 'healing' && !practice.steppedBack).map(({ at }) => at);
  add('first-healing-practice', healing[0]);
  add('healing-practices-5', healing[4]);
  add('healing-practices-25', healing[24]);
  add('first-step-back', practices.find(({ practice }) => practice.steppedBack)?.at);
  add('first-belief-lighter', beliefs[0] && Date.parse(beliefs[0].practice.startedAt));
  // The path remembers when each area's deepest layer was first reached, which can be later than
  // its first step deeper (layer 2 after layer 1), and forgets areas no longer chosen; a path
  // practice of a deeper layer's skill still remembers those earlier steps.
  const deeperPractices = practices
    .filter(({ practice }) => practice.pathAreaId !== null && inDeeperLayer(practice.pathAreaId, practice.skillId, areas))
    .map(({ at }) => at);
  const deeper = [...deepestLayerStarts, ...deeperPractices];
  add('first-deeper-layer', deeper.length > 0 ? Math.min(...deeper) : undefined);

  const order = Object.keys(words.MILESTONE_TITLES);
  return reached
    .sort((a, b) => a.at - b.at || order.indexOf(a.id) - order.indexOf(b.id))
    .map(({ id, at }) => ({ id, title: words.MILESTONE_TITLES[id], reachedAt: new Date(at).toISOString() }));
}

/** The skill belongs to a layer beyond the first of that area, and not to the first. */
function inDeeperLayer(areaId: string, skillId: string, areas: HealingAreaLookup): boolean {
  const area = areas(areaId);
  if (!area || area.layers[0]?.skillIds.includes(skillId)) return false;
  return area.layers.slice(1).some((layer) => layer.skillIds.includes(skillId));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
