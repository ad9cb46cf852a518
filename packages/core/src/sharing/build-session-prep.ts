import { computeInsights } from '../insights/compute-insights';
import type { InsightsMoment } from '../insights/insights-input';
import { createZoneOffsets, isoDateOfDay, localDayOf, weekdayOfDay } from '../insights/local-time';
import { parseTimestamp } from '../insights/parse-timestamp';
import { round } from '../insights/stats';
import { OUTSIDE_FROM, TOP_TAGS } from '../insights/thresholds';
import type { Practice } from '../schemas/practice';
import type { SessionPrep, SessionPrepFlag, SessionPrepWeek } from '../schemas/session-prep';
import type { SkillKind, SkillView } from '../schemas/skill';

/** Distress at or above this, before or after coping, is a crisis-level moment. */
export const CRISIS_LEVEL_FROM = 9;
/** A trigger tag on at least this many of the period's moments is recurring. */
export const RECURRING_IN_PERIOD_FROM = 2;
/** Often outside the window: at least this share of the period's moments… */
export const OFTEN_OUTSIDE_SHARE = 0.5;
/** …with at least this many moments, so two hard days alone do not raise it. */
export const OFTEN_OUTSIDE_MIN_MOMENTS = 4;

export type SessionPrepPractice = Pick<Practice, 'skillId' | 'startedAt' | 'durationSeconds' | 'steppedBack' | 'pathAreaId'>;

export interface SessionPrepInput {
  person: { id: string; name: string };
  from: Date;
  to: Date;
  /** IANA name; weeks run Monday to Sunday there. */
  timeZone: string;
  /** All of the person's moments up to `to` (the verdicts use the whole history); later ones are left out. */
  moments: readonly InsightsMoment[];
  /** The person's practices; those outside the period count only toward the insights. */
  practices: readonly SessionPrepPractice[];
  /** The person's skills as they see them: names and kinds. */
  skills: readonly SkillView[];
}

/**
 * The session-prep summary for a period: counts over the period, verdicts from the insights as of
 * its end. Pure. Throws a RangeError for an invalid date or time zone, or `from` after `to`.
 */
export function buildSessionPrep(input: SessionPrepInput): SessionPrep {
  const from = input.from.getTime();
  const to = input.to.getTime();
  if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError('from and to must be valid dates');
  if (from > to) throw new RangeError('from must not be after to');

  const insights = computeInsights({ moments: input.moments, skills: input.skills, practices: input.practices, asOf: input.to, timeZone: input.timeZone });
  const skillsById = new Map(input.skills.map((skill) => [skill.id, skill]));
  const nameOf = (id: string) => skillsById.get(id)?.name ?? id;
  const inPeriod = (at: number) => at >= from && at <= to;

  const moments = input.moments.filter((moment) => inPeriod(parseTimestamp(moment.occurredAt)));
  const weeks = weeklyDistress(moments, from, to, input.timeZone);

  let sumBefore = 0, sumAfter = 0, withAfter = 0, outside = 0, crisis = 0, satWithFeeling = 0;
  const uses = new Map<string, number>();
  const triggers = new Map<string, number>();
  for (const moment of moments) {
    sumBefore += moment.distressBefore;
    if (moment.distressAfter !== null) {
      sumAfter += moment.distressAfter;
      withAfter++;
    }
    if (moment.distressBefore >= OUTSIDE_FROM || moment.arousal === 'hypo') outside++;
    if (Math.max(moment.distressBefore, moment.distressAfter ?? 0) >= CRISIS_LEVEL_FROM) crisis++;
    if (moment.satWithFeeling) satWithFeeling++;
    for (const id of new Set(moment.skillIds)) uses.set(id, (uses.get(id) ?? 0) + 1);
    for (const tag of new Set(moment.triggerTags)) triggers.set(tag, (triggers.get(tag) ?? 0) + 1);
  }

  const usedWithVerdict = (verdict: 'soothes' | 'distracts') =>
    insights.skillEffects
      .filter((effect) => effect.verdict === verdict && (uses.get(effect.skillId) ?? 0) > 0)
      .map((effect) => ({ skillId: effect.skillId, name: nameOf(effect.skillId), kind: effect.kind, uses: uses.get(effect.skillId)! }))
      .sort((a, b) => b.uses - a.uses || compareText(a.name, b.name));

  const recurringTriggers = [...triggers]
    .filter(([, count]) => count >= RECURRING_IN_PERIOD_FROM)
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || compareText(a.tag, b.tag))
    .slice(0, TOP_TAGS);

  const flags: SessionPrepFlag[] = [];
  const flag = (kind: SessionPrepFlag['kind'], count: number | null, skillId: string | null = null) =>
    flags.push({ kind, count, skillId, name: skillId === null ? null : nameOf(skillId) });
  if (insights.copingNotEnough.suggestReachingOut) flag('coping-not-enough', insights.copingNotEnough.count);
  for (const entry of insights.reliance.skills) if (entry.onlyWay) flag('only-way', entry.uses, entry.skillId);
  if (insights.reliance.maladaptiveRising) flag('maladaptive-rising', null);
  if (moments.length >= OFTEN_OUTSIDE_MIN_MOMENTS && outside >= OFTEN_OUTSIDE_SHARE * moments.length) flag('often-outside-window', outside);
  if (crisis > 0) flag('crisis-level', crisis);

  return {
    person: { id: input.person.id, name: input.person.name },
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    timeZone: input.timeZone,
    moments: moments.length,
    distress: {
      weeks,
      meanBefore: meanOf(sumBefore, moments.length),
      meanAfter: meanOf(sumAfter, withAfter),
      withAfter,
    },
    soothed: usedWithVerdict('soothes'),
    distracted: usedWithVerdict('distracts'),
    recurringTriggers,
    practice: healingPractice(input.practices, skillsById, inPeriod, nameOf),
    wins: {
      satWithFeeling,
      easedOff: insights.wins.easedOffSkillIds.map((skillId) => ({ skillId, name: nameOf(skillId) })),
      fallingPeaks: insights.wins.fallingPeaks,
    },
    flags,
  };
}

/** Every week from the one holding `from` to the one holding `to`, empty ones too, so gaps show. */
function weeklyDistress(moments: readonly InsightsMoment[], from: number, to: number, timeZone: string): SessionPrepWeek[] {
  const zone = createZoneOffsets(timeZone);
  const mondayOf = (time: number) => {
    const day = localDayOf(time, zone.offsetAt(time));
    return day - weekdayOfDay(day);
  };
  const firstMonday = mondayOf(from);
  const count = Math.floor((mondayOf(to) - firstMonday) / 7) + 1;
  const sums = Array.from({ length: count }, () => ({ moments: 0, before: 0, after: 0, withAfter: 0, peak: -1 }));
  for (const moment of moments) {
    const week = sums[Math.floor((mondayOf(parseTimestamp(moment.occurredAt)) - firstMonday) / 7)]!;
    week.moments++;
    week.before += moment.distressBefore;
    week.peak = Math.max(week.peak, moment.distressBefore);
    if (moment.distressAfter !== null) {
      week.after += moment.distressAfter;
      week.withAfter++;
    }
  }
  return sums.map((week, index) => ({
    weekStart: isoDateOfDay(firstMonday + 7 * index),
    moments: week.moments,
    meanBefore: meanOf(week.before, week.moments),
    meanAfter: meanOf(week.after, week.withAfter),
    peak: week.peak >= 0 ? week.peak : null,
  }));
}

/**
 * Healing practice: a session of a skill the person holds as healing now, or any step on their
 * healing path. A guided breathing exercise is practice too, but it is coping, and the coping
 * shows in the moments already.
 */
function healingPractice(
  practices: readonly SessionPrepPractice[],
  skillsById: ReadonlyMap<string, { kind: SkillKind }>,
  inPeriod: (at: number) => boolean,
  nameOf: (id: string) => string,
): SessionPrep['practice'] {
  let sessions = 0, seconds = 0, steppedBack = 0;
  const bySkill = new Map<string, number>();
  for (const practice of practices) {
    if (!inPeriod(parseTimestamp(practice.startedAt))) continue;
    if (practice.pathAreaId === null && skillsById.get(practice.skillId)?.kind !== 'healing') continue;
    sessions++;
    seconds += practice.durationSeconds;
    if (practice.steppedBack) steppedBack++;
    bySkill.set(practice.skillId, (bySkill.get(practice.skillId) ?? 0) + 1);
  }
  return {
    sessions,
    minutes: Math.round(seconds / 60),
    steppedBack,
    skills: [...bySkill]
      .map(([skillId, count]) => ({ skillId, name: nameOf(skillId), sessions: count }))
      .sort((a, b) => b.sessions - a.sessions || compareText(a.name, b.name)),
  };
}

function meanOf(sum: number, count: number): number | null {
  return count > 0 ? round(sum / count, 2) : null;
}

/** Code-unit order, not the locale's: the same in every browser and on the server. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
