import type { SkillKind } from '../schemas/skill';
import type { InsightsInput, InsightsSkill } from './insights-input';
import { DAY_MS, HOUR_MS, createZoneOffsets, localDayOf, localHourOf } from './local-time';
import { parseTimestamp } from './parse-timestamp';
import { growScratchColumn, scratchColumn } from './scratch';
import { FOLLOW_UP_HORIZON_HOURS, MIN_SKILLS_TRIED, NOT_ENOUGH_WINDOW_DAYS } from './thresholds';

export const KIND_CODES: Record<SkillKind, number> = { coping: 0, healing: 1, maladaptive: 2 };
export const COPING = 0, HEALING = 1, MALADAPTIVE = 2;

export const FLAG_HYPO = 1;
export const FLAG_SAT = 2;
/** No distress value: distress is 0–10, so -1 is free. */
export const NONE = -1;

/**
 * The moments at or before asOf, read once into flat typed columns. Every section then loops over
 * these columns instead of the moment objects: one Date.parse and one time-zone lookup per moment,
 * skill ids and trigger tags turned into small numbers once.
 */
export interface MomentTable {
  asOf: number;
  count: number;
  time: Float64Array;
  before: Int8Array;
  after: Int8Array;
  /**
   * Distress at the latest follow-up within the horizon (and not after asOf); NONE without one.
   * Read only for moments that name a known skill and either have a distress-after or fall in
   * the "coping isn't enough" window with enough skills: nothing else uses follow-ups.
   */
  lastFollowUp: Int8Array;
  /** …and at the earliest one. */
  firstFollowUp: Int8Array;
  flags: Uint8Array;
  localDay: Int32Array;
  localHour: Uint8Array;
  /** Known skills of moment i: skillIndex[skillStart[i] … skillStart[i + 1]). */
  skillStart: Int32Array;
  skillIndex: Int32Array;
  /** Trigger tags of moment i, the same way. */
  tagStart: Int32Array;
  tagIndex: Int32Array;
  skills: readonly InsightsSkill[];
  skillKind: Uint8Array;
  tags: readonly string[];
  contextCounts: ReadonlyMap<string, number>;
  /** Local day of asOf. */
  asOfDay: number;
  /** Practices at or before asOf with a known skill: their local day and skill index. */
  practiceDay: Int32Array;
  practiceSkill: Int32Array;
}

export function buildMomentTable(input: InsightsInput): MomentTable {
  const asOf = input.asOf.getTime();
  if (Number.isNaN(asOf)) throw new RangeError('asOf must be a valid date');
  const zone = createZoneOffsets(input.timeZone);
  const horizon = FOLLOW_UP_HORIZON_HOURS * HOUR_MS;

  const skillNumbers = new Map<string, number>();
  const skills: InsightsSkill[] = [];
  for (const skill of input.skills) {
    if (skillNumbers.has(skill.id)) continue;
    skillNumbers.set(skill.id, skills.length);
    skills.push(skill);
  }
  const skillKind = Uint8Array.from(skills, (skill) => KIND_CODES[skill.kind]);
  const tagNumbers = new Map<string, number>();
  const tags: string[] = [];
  const contextNumbers = new Map<string, number>();
  let contextCounts: Int32Array = new Int32Array(64);
  // Follow-ups are read only where a figure uses them: parsing their times is a good share of a moment's cost.
  const recentFrom = asOf - NOT_ENOUGH_WINDOW_DAYS * DAY_MS;

  const capacity = input.moments.length;
  const time = scratchColumn('time', Float64Array, capacity);
  const before = scratchColumn('before', Int8Array, capacity);
  const after = scratchColumn('after', Int8Array, capacity);
  const lastFollowUp = scratchColumn('last-follow-up', Int8Array, capacity);
  const firstFollowUp = scratchColumn('first-follow-up', Int8Array, capacity);
  const flags = scratchColumn('flags', Uint8Array, capacity);
  const localDay = scratchColumn('local-day', Int32Array, capacity);
  const localHour = scratchColumn('local-hour', Uint8Array, capacity);
  const skillStart = scratchColumn('skill-start', Int32Array, capacity + 1);
  const tagStart = scratchColumn('tag-start', Int32Array, capacity + 1);
  const skillList = new GrowableInts('skill-index', 2 * capacity + 16);
  const tagList = new GrowableInts('tag-index', 2 * capacity + 16);

  let count = 0;
  for (const moment of input.moments) {
    const at = parseTimestamp(moment.occurredAt);
    if (!(at <= asOf)) continue; // also drops NaN
    const offset = zone.offsetAt(at);
    time[count] = at;
    before[count] = moment.distressBefore;
    after[count] = moment.distressAfter ?? NONE;
    flags[count] = (moment.arousal === 'hypo' ? FLAG_HYPO : 0) | (moment.satWithFeeling ? FLAG_SAT : 0);
    localDay[count] = localDayOf(at, offset);
    localHour[count] = localHourOf(at, offset);

    const skillFrom = skillList.length;
    for (const id of moment.skillIds) {
      const number = skillNumbers.get(id);
      if (number !== undefined && !skillList.containsFrom(skillFrom, number)) skillList.push(number);
    }
    skillStart[count + 1] = skillList.length;

    const tagFrom = tagList.length;
    for (const tag of moment.triggerTags) {
      let number = tagNumbers.get(tag);
      if (number === undefined) {
        number = tags.length;
        tagNumbers.set(tag, number);
        tags.push(tag);
      }
      if (!tagList.containsFrom(tagFrom, number)) tagList.push(number);
    }
    tagStart[count + 1] = tagList.length;

    const contexts = moment.contextTags;
    for (let i = 0; i < contexts.length; i++) {
      const tag = contexts[i]!;
      if (contexts.indexOf(tag) !== i) continue;
      let number = contextNumbers.get(tag);
      if (number === undefined) {
        number = contextNumbers.size;
        contextNumbers.set(tag, number);
        if (number === contextCounts.length) contextCounts = grow(contextCounts);
      }
      contextCounts[number]!++;
    }

    let first = NONE, last = NONE;
    const skillCount = skillList.length - skillFrom;
    const needed = skillCount > 0 && (moment.distressAfter !== null || (at > recentFrom && skillCount >= MIN_SKILLS_TRIED));
    if (needed && moment.followUps.length > 0) {
      let firstAt = Infinity, lastAt = -Infinity;
      for (const followUp of moment.followUps) {
        const followUpAt = parseTimestamp(followUp.at);
        if (!(followUpAt >= at && followUpAt <= at + horizon && followUpAt <= asOf)) continue;
        if (followUpAt < firstAt) {
          firstAt = followUpAt;
          first = followUp.distress;
        }
        if (followUpAt >= lastAt) {
          lastAt = followUpAt;
          last = followUp.distress;
        }
      }
    }
    firstFollowUp[count] = first;
    lastFollowUp[count] = last;
    count++;
  }

  const practiceDays: number[] = [], practiceSkills: number[] = [];
  for (const practice of input.practices ?? []) {
    const at = parseTimestamp(practice.startedAt);
    const number = skillNumbers.get(practice.skillId);
    if (!(at <= asOf) || number === undefined) continue;
    practiceDays.push(localDayOf(at, zone.offsetAt(at)));
    practiceSkills.push(number);
  }

  return {
    asOf,
    count,
    time,
    before,
    after,
    lastFollowUp,
    firstFollowUp,
    flags,
    localDay,
    localHour,
    skillStart,
    skillIndex: skillList.toArray(),
    tagStart,
    tagIndex: tagList.toArray(),
    skills,
    skillKind,
    tags,
    contextCounts: new Map([...contextNumbers].map(([tag, number]) => [tag, contextCounts[number]!])),
    asOfDay: localDayOf(asOf, zone.offsetAt(asOf)),
    practiceDay: Int32Array.from(practiceDays),
    practiceSkill: Int32Array.from(practiceSkills),
  };
}

function grow(counts: Int32Array): Int32Array {
  const bigger = new Int32Array(counts.length * 2);
  bigger.set(counts);
  return bigger;
}

/** A list of small whole numbers that grows by doubling, on a scratch column. */
class GrowableInts {
  private items: Int32Array;
  length = 0;

  constructor(private readonly name: string, capacity: number) {
    this.items = scratchColumn(name, Int32Array, capacity);
  }

  push(value: number): void {
    if (this.length === this.items.length) this.items = growScratchColumn(this.name, this.items, this.items.length * 2);
    this.items[this.length++] = value;
  }

  /** Moments list a skill or tag at most a few times, so a short scan beats a Set. */
  containsFrom(from: number, value: number): boolean {
    for (let i = from; i < this.length; i++) if (this.items[i] === value) return true;
    return false;
  }

  toArray(): Int32Array {
    return this.items.subarray(0, this.length);
  }
}
