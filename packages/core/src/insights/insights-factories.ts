import type { SkillFamily, SkillKind } from '../schemas/skill';
import { computeInsights } from './compute-insights';
import type { InsightsInput, InsightsMoment, InsightsSkill } from './insights-input';
import type { Insights, SkillEffect } from './insights-schema';

/** Small factories for the engine's tests: hand-built histories read like the situations they test. */

/** Sunday 2026-11-22, 20:00 UTC: a fixed "now" for the tests. */
export const AS_OF = new Date('2026-11-22T20:00:00Z');
const HOUR = 3_600_000;

/** An instant `days` days and `hours` hours before AS_OF, as an ISO string. */
export function ago(days: number, hours = 0): string {
  return new Date(AS_OF.getTime() - days * 24 * HOUR - hours * HOUR).toISOString();
}

export function createMoment(overrides: Partial<InsightsMoment> = {}): InsightsMoment {
  return {
    occurredAt: ago(1),
    distressBefore: 6,
    distressAfter: null,
    arousal: null,
    triggerTags: [],
    contextTags: [],
    skillIds: [],
    followUps: [],
    satWithFeeling: false,
    ...overrides,
  };
}

/** A moment with a skill, its distress before and after, and (optionally) a follow-up two hours on. */
export function createUse(
  skillIds: string | readonly string[],
  before: number,
  after: number | null,
  followUp: number | null = null,
  overrides: Partial<InsightsMoment> = {},
): InsightsMoment {
  const occurredAt = overrides.occurredAt ?? ago(3);
  return createMoment({
    skillIds: typeof skillIds === 'string' ? [skillIds] : [...skillIds],
    distressBefore: before,
    distressAfter: after,
    followUps: followUp === null ? [] : [{ at: new Date(Date.parse(occurredAt) + 2 * HOUR).toISOString(), distress: followUp }],
    ...overrides,
    occurredAt,
  });
}

export function createSkill(id: string, kind: SkillKind, family: SkillFamily = 'other', extra: Partial<InsightsSkill> = {}): InsightsSkill {
  return { id, kind, family, withTherapist: false, pointsToCrisisHelp: false, ...extra };
}

export const SKILLS: readonly InsightsSkill[] = [
  createSkill('box-breathing', 'coping', 'breathing'),
  createSkill('walk', 'coping', 'movement'),
  createSkill('journaling', 'coping', 'expression'),
  createSkill('endless-scrolling', 'maladaptive', 'avoidance'),
  createSkill('alcohol-to-numb', 'maladaptive', 'numbing'),
  createSkill('overworking', 'maladaptive', 'overworking'),
  createSkill('sitting-with-a-feeling', 'healing', 'allowing-feelings'),
  createSkill('self-compassion-pause', 'healing', 'self-compassion'),
  createSkill('setting-a-boundary', 'healing', 'boundaries'),
  createSkill('identifying-core-beliefs', 'healing', 'core-beliefs'),
  createSkill('processing-emotional-memories', 'healing', 'emotion-processing', { withTherapist: true }),
  createSkill('whats-under-anger', 'healing', 'emotion-processing'),
  createSkill('widening-window-of-tolerance', 'healing', 'regulation'),
  createSkill('letting-the-tears-come', 'healing', 'grief'),
];

export function insightsOf(moments: readonly InsightsMoment[], options: Partial<InsightsInput> = {}): Insights {
  return computeInsights({ moments, skills: SKILLS, asOf: AS_OF, timeZone: 'UTC', ...options });
}

export function effectOf(insights: Insights, skillId: string): SkillEffect | undefined {
  return insights.skillEffects.find((effect) => effect.skillId === skillId);
}

/** `count` copies of a moment, an hour apart going back from `startDaysAgo`, so they never share an instant. */
export function repeat(count: number, make: (index: number, occurredAt: string) => InsightsMoment, startDaysAgo = 3): InsightsMoment[] {
  return Array.from({ length: count }, (_, index) => make(index, ago(startDaysAgo, index * 3)));
}
