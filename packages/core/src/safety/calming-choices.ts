import type { SkillEffect } from '../insights/insights-schema';
import type { SkillView } from '../schemas/skill';

export interface CalmingChoice {
  skill: SkillView;
  /** The person's own data says it soothes them. */
  soothes: boolean;
  /** Moments that name it (0 without insights). */
  uses: number;
}

/**
 * The coping skills a person can pick for "things I can do on my own": what their own data says
 * soothes them first (most relief first), then what they have used, then the rest by name.
 */
export function calmingChoices(skills: readonly SkillView[], effects: readonly SkillEffect[] | null): CalmingChoice[] {
  const byId = new Map((effects ?? []).map((effect) => [effect.skillId, effect]));
  const choices = skills
    .filter((skill) => skill.kind === 'coping')
    .map((skill) => {
      const effect = byId.get(skill.id);
      return { skill, soothes: effect?.verdict === 'soothes', uses: effect?.uses ?? 0, relief: effect?.shrunkRelief ?? 0 };
    });
  choices.sort((a, b) =>
    Number(b.soothes) - Number(a.soothes)
    || (a.soothes && b.soothes ? b.relief - a.relief : 0)
    || b.uses - a.uses
    || a.skill.name.localeCompare(b.skill.name));
  return choices.map(({ skill, soothes, uses }) => ({ skill, soothes, uses }));
}
