import type { Emotion } from '../emotions';
import { momentDefaults, type Moment } from '../schemas/moment';
import type { Arousal, SkillFamily } from '../schemas/skill';
import { FLARE, FLARE_DAYS, FOLLOW_UP_CHANCE, distressBefore, outcomeFor, stillHighOutcome } from './distress-model';
import { notesFor } from './notes';
import type { Random } from './prng';
import { EMOTIONS_BY_AROUSAL, timeOfDayTag, type Scenario, type Setting } from './scenarios';
import type { DemoSkill, DemoSkills, SkillRole } from './skill-roles';

export interface MomentInput {
  random: Random;
  skills: DemoSkills;
  scenario: Scenario;
  setting: Setting;
  occurredAt: Date;
  now: Date;
  /** 0 on the oldest day, 1 today: drives the slow improvement. */
  progress: number;
  /** A rough stretch: progress is never a straight line. */
  hardPatch: boolean;
}

export type MomentWithoutId = Omit<Moment, 'id'>;

const MINUTE = 60_000;
const DAY = 86_400_000;
/** During a flare, how often a hard moment gets two skills and stays high anyway. */
const STILL_HIGH_CHANCE = 0.5;
/** The last of the person's old habits fades out a little before halfway: a win to find ("eased off"). */
const HABIT_FADES_AT = 0.45;

/** One moment of the demo person's life, with its outcome and how they logged it. */
export function buildMoment(input: MomentInput): MomentWithoutId {
  const { random, scenario, occurredAt, now } = input;
  // Some logs are just a number: in a hard moment that is all Mend asks for.
  if (random.chance(0.05)) return quickLog(input);

  const arousal: Arousal | null = random.chance(0.04) ? null : random.weighted(scenario.arousal);
  const flaring = scenario.stuck === true && now.getTime() - occurredAt.getTime() < FLARE_DAYS * DAY;
  const before = distressBefore(random, arousal, scenario.stuck ? 0 : input.progress, input.hardPatch, flaring ? FLARE : 0);
  const role = chooseRole(input, before);
  // "I'm doing all the right things": now and then in a flare, two skills and still high.
  const helpful = suited(input.skills.helpful, arousal);
  const stillHigh = flaring && role === 'helpful' && before >= 8 && helpful.length > 1 && random.chance(STILL_HIGH_CHANCE);
  const { skillIds, family } = stillHigh
    ? { skillIds: random.sample(helpful, 2).map((skill) => skill.id), family: null }
    : chooseSkills(input, role, arousal, before);
  const outcome = stillHigh ? stillHighOutcome(random, before) : outcomeFor(random, role, before, input.progress, family);
  const afterMissing = random.chance(role === 'none' ? 0.6 : role === 'distracting' ? 0.05 : 0.1);
  const distressAfter = afterMissing ? null : outcome.after;
  const loggedAt = capAt(occurredAt.getTime() + random.int(distressAfter === null ? 1 : 10, distressAfter === null ? 15 : 45) * MINUTE, now);
  const followUps = random.chance(FOLLOW_UP_CHANCE[role])
    ? outcome.followUps
        .map((followUp) => ({ at: occurredAt.getTime() + followUp.minutes * MINUTE, distress: followUp.distress }))
        .filter((followUp) => followUp.at <= now.getTime())
    : [];
  const lastTouched = Math.max(loggedAt, ...followUps.map((followUp) => followUp.at));
  const triggerTags = random.chance(0.2) ? [...scenario.triggerTags, random.pick(scenario.extraTags)] : [...scenario.triggerTags];
  const satChance = role === 'healing' ? 0.55 : 0.03 + 0.06 * input.progress;

  return {
    occurredAt: occurredAt.toISOString(),
    distressBefore: before,
    distressAfter,
    arousal,
    emotions: random.chance(0.06) ? [] : chooseEmotions(random, scenario, arousal),
    trigger: random.chance(0.07) ? null : random.pick(scenario.triggers),
    triggerTags: [...new Set(triggerTags)],
    contextTags: contextTags(input.setting, occurredAt),
    skillIds,
    followUps: followUps.map((followUp) => ({ at: new Date(followUp.at).toISOString(), distress: followUp.distress })),
    note: random.chance(0.3) ? random.pick(notesFor(role, family)) : null,
    satWithFeeling: random.chance(satChance),
    version: 1,
    createdAt: new Date(loggedAt).toISOString(),
    updatedAt: new Date(capAt(lastTouched, now)).toISOString(),
  };
}

function quickLog({ random, occurredAt, now, progress, hardPatch }: MomentInput): MomentWithoutId {
  const loggedAt = new Date(capAt(occurredAt.getTime() + random.int(0, 5) * MINUTE, now)).toISOString();
  return {
    occurredAt: occurredAt.toISOString(),
    distressBefore: distressBefore(random, null, progress, hardPatch),
    ...momentDefaults(),
    createdAt: loggedAt,
    updatedAt: loggedAt,
  };
}

function contextTags(setting: Setting, occurredAt: Date): string[] {
  const weekday = occurredAt.getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? ['weekend'] : [];
  return [...new Set([...setting.contextTags, ...weekend, timeOfDayTag(occurredAt.getUTCHours())])];
}

function chooseRole({ random, skills, scenario, progress, hardPatch }: MomentInput, before: number): SkillRole | 'none' {
  // Old habits show up when it is hardest: high distress and the triggers that pull towards them.
  const pull = scenario.maladaptivePull * (hardPatch ? 1.6 : 1) * (before >= 6 ? 1.3 : 0.4);
  const weights: [SkillRole | 'none', number][] = [
    ['helpful', 0.34 + 0.14 * progress],
    ['distracting', 0.3 - 0.12 * progress],
    ['maladaptive', (0.18 - 0.1 * progress) * pull],
    // Healing work grows as the person finds their footing, and needs some room: rarer at the
    // very top of the scale and in a rough stretch.
    ['healing', (0.01 + 0.55 * progress) * (hardPatch ? 0.5 : 1) * (before >= 9 ? 0.3 : 1)],
    ['none', 0.08],
  ];
  return random.weighted(weights.filter(([role]) => role === 'none' || skills[role].length > 0));
}

function chooseSkills(
  { random, skills, scenario, progress }: MomentInput,
  role: SkillRole | 'none',
  arousal: Arousal | null,
  before: number,
): { skillIds: string[]; family: SkillFamily | null } {
  if (role === 'none') return { skillIds: [], family: null };
  const helpful = suited(skills.helpful, arousal);
  if (role === 'maladaptive') {
    const habits = progress >= HABIT_FADES_AT && skills.maladaptive.length > 1 ? skills.maladaptive.slice(0, -1) : skills.maladaptive;
    // Certain triggers pull towards certain old habits (work → overworking, loneliness → withdrawal).
    const skill = pulledHabit(random, habits, scenario.maladaptiveFamilies) ?? random.pick(habits);
    const alsoDistracted = skills.distracting.length > 0 && random.chance(0.15);
    return {
      skillIds: alsoDistracted ? [skill.id, random.pick(skills.distracting).id] : [skill.id],
      family: skill.family,
    };
  }
  const main = random.pick(role === 'helpful' ? helpful : skills[role]);
  // Settling the body first, then the deeper practice, when distress is high.
  if (role === 'healing' && before >= 7 && helpful.length > 0) return { skillIds: [random.pick(helpful).id, main.id], family: main.family };
  if (role === 'helpful' && helpful.length > 1 && random.chance(0.15)) {
    const [first, second] = random.sample(helpful, 2);
    return { skillIds: [first ?? main, second ?? main].map((skill) => skill.id).filter(unique), family: null };
  }
  return { skillIds: [main.id], family: main.family };
}

/** The habit a trigger pulls towards: its first family most often, then the next, then any. */
function pulledHabit(random: Random, habits: readonly DemoSkill[], families: readonly SkillFamily[]): DemoSkill | undefined {
  for (const family of families) {
    const matching = habits.filter((skill) => skill.family === family);
    if (matching.length > 0 && random.chance(0.65)) return random.pick(matching);
  }
  return undefined;
}

function suited(skills: readonly DemoSkill[], arousal: Arousal | null): readonly DemoSkill[] {
  const fitting = arousal ? skills.filter((skill) => skill.arousal.includes(arousal)) : skills;
  return fitting.length > 0 ? fitting : skills;
}

function chooseEmotions(random: Random, scenario: Scenario, arousal: Arousal | null): Emotion[] {
  const pool = arousal ? scenario.emotions[arousal] : EMOTIONS_BY_AROUSAL.window;
  const chosen = random.sample(pool, random.int(1, 3));
  // Numbness is worth naming: it is not calm, and the insights count it as outside the window.
  if (arousal === 'hypo' && !chosen.includes('numb') && random.chance(0.5)) chosen.unshift('numb');
  return chosen;
}

function capAt(time: number, now: Date): number {
  return Math.min(time, now.getTime());
}

function unique<T>(item: T, index: number, list: readonly T[]): boolean {
  return list.indexOf(item) === index;
}
