import { riskSkillIds } from './safety/crisis-offer';
import type { CatalogueSkill, Classification, CustomSkill } from './schemas/skill';

/** What a moment needs of a person's own skill: its id and where it is filed, nothing they wrote. */
export type CustomSkillFiling = Pick<CustomSkill, 'id' | 'kind' | 'family'>;

/** The two things logging a moment asks of a person's skills. */
export interface MomentSkillFacts {
  /** Ids a moment may name: the catalogue's and the person's own. */
  known: ReadonlySet<string>;
  /** Ids that bring the crisis offer for this person (riskSkillIds over their skill views). */
  risky: ReadonlySet<string>;
}

/**
 * The same answer as building the person's whole skill views and asking riskSkillIds, from the
 * filing alone: a skill's family is the person's classification when there is one, else its own.
 * A test holds the two equal for any filing.
 */
export function momentSkillFacts(
  catalogue: readonly CatalogueSkill[],
  custom: readonly CustomSkillFiling[],
  classifications: readonly Classification[],
): MomentSkillFacts {
  const familyOf = new Map(classifications.map((classification) => [classification.skillId, classification.family]));
  const filed = [
    ...catalogue.map((skill) => ({ id: skill.id, family: familyOf.get(skill.id) ?? skill.family, pointsToCrisisHelp: skill.pointsToCrisisHelp })),
    ...custom.map((skill) => ({ id: skill.id, family: familyOf.get(skill.id) ?? skill.family, pointsToCrisisHelp: false })),
  ];
  return { known: new Set(filed.map((skill) => skill.id)), risky: riskSkillIds(filed) };
}
