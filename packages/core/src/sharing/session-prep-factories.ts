import { AS_OF, SKILLS } from '../insights/insights-factories';
import type { InsightsMoment, InsightsSkill } from '../insights/insights-input';
import type { SessionPrep } from '../schemas/session-prep';
import type { SkillView } from '../schemas/skill';
import { buildSessionPrep, type SessionPrepInput, type SessionPrepPractice } from './build-session-prep';

/** Small factories for the session-prep tests, over the insights engine's own (AS_OF is Sunday 2026-11-22, 20:00 UTC). */

export const PERSON = { id: 'person-1', name: 'Zoë Łukasz 李' };

export function skillView(skill: InsightsSkill, name: string, source: SkillView['source'] = 'catalogue'): SkillView {
  return {
    ...skill,
    name,
    source,
    catalogueKind: null,
    catalogueFamily: null,
    summary: '',
    whenItFits: '',
    whatItDoes: '',
    whatItDoesNot: '',
    steps: [],
    distressRange: { min: 0, max: 10 },
    arousal: ['hyper', 'window', 'hypo'],
    awaitingClassification: false,
  };
}

/** The insights factories' skills, named from their ids ("box-breathing" → "Box breathing"). */
export const SKILL_VIEWS: readonly SkillView[] = SKILLS.map((skill) => {
  const words = skill.id.replaceAll('-', ' ');
  return skillView(skill, words.charAt(0).toUpperCase() + words.slice(1));
});

export function createPractice(overrides: Partial<SessionPrepPractice> = {}): SessionPrepPractice {
  return { skillId: 'sitting-with-a-feeling', startedAt: '2026-11-20T09:00:00.000Z', durationSeconds: 600, steppedBack: false, pathAreaId: null, ...overrides };
}

/** The 30 days up to AS_OF unless told otherwise. */
export function prepOf(moments: readonly InsightsMoment[], options: Partial<SessionPrepInput> = {}): SessionPrep {
  return buildSessionPrep({
    person: PERSON,
    from: new Date(AS_OF.getTime() - 30 * 86_400_000),
    to: AS_OF,
    timeZone: 'UTC',
    moments,
    practices: [],
    skills: SKILL_VIEWS,
    ...options,
  });
}
