import type { InsightsSkill } from './insights/insights-input';
import { riskSkillIds } from './safety/crisis-offer';
import type { CatalogueSkill, Classification, CustomSkill } from './schemas/skill';

/** What the engine and a moment need of a person's own skill: its id and where it is filed, nothing they wrote. */
export type CustomSkillFiling = Pick<CustomSkill, 'id' | 'kind' | 'family'>;

/** The two things logging a moment asks of a person's skills. */
export interface MomentSkillFacts {
  /** Ids a moment may name: the catalogue's and the person's own. */
  known: ReadonlySet<string>;
  /** Ids that bring the crisis offer for this person (riskSkillIds over their skill views). */
  risky: ReadonlySet<string>;
}

/**
 * Every skill of the person as the insights engine reads it, from the filing alone: kind and
 * family are the person's classification when there is one, else the skill's own. The same fields
 * as buildSkillViews gives, without opening anything the person wrote; a test holds the two equal.
 */
export function filedSkills(
  catalogue: readonly CatalogueSkill[],
  custom: readonly CustomSkillFiling[],
  classifications: readonly Classification[],
): readonly InsightsSkill[] {
  const unchanged = filedCatalogue(catalogue);
  if (!custom.length && !classifications.length) return unchanged.skills;
  const byId = new Map(classifications.map((classification) => [classification.skillId, classification]));
  const refiled = (skill: InsightsSkill): InsightsSkill => {
    const classification = byId.get(skill.id);
    return classification ? { ...skill, kind: classification.kind, family: classification.family } : skill;
  };
  const own = custom.map((skill) => refiled({ id: skill.id, kind: skill.kind, family: skill.family, withTherapist: false, pointsToCrisisHelp: false }));
  return [...unchanged.skills.map(refiled), ...own];
}

/** The same answer as building the person's whole skill views and asking riskSkillIds. */
export function momentSkillFacts(
  catalogue: readonly CatalogueSkill[],
  custom: readonly CustomSkillFiling[],
  classifications: readonly Classification[],
): MomentSkillFacts {
  const unchanged = filedCatalogue(catalogue);
  if (!custom.length && !classifications.length) return unchanged.facts;
  const filed = filedSkills(catalogue, custom, classifications);
  return { known: new Set(filed.map((skill) => skill.id)), risky: riskSkillIds(filed) };
}

/**
 * Most people keep the catalogue as it is and add none of their own: their answer is the
 * catalogue's, worked out once per catalogue (every moment logged and every insights read asks).
 */
const catalogueFilings = new WeakMap<readonly CatalogueSkill[], { skills: readonly InsightsSkill[]; facts: MomentSkillFacts }>();

function filedCatalogue(catalogue: readonly CatalogueSkill[]): { skills: readonly InsightsSkill[]; facts: MomentSkillFacts } {
  let filings = catalogueFilings.get(catalogue);
  if (!filings) {
    const skills = Object.freeze(
      catalogue.map((skill) =>
        Object.freeze({ id: skill.id, kind: skill.kind, family: skill.family, withTherapist: skill.withTherapist, pointsToCrisisHelp: skill.pointsToCrisisHelp }),
      ),
    );
    filings = { skills, facts: { known: new Set(skills.map((skill) => skill.id)), risky: riskSkillIds(skills) } };
    catalogueFilings.set(catalogue, filings);
  }
  return filings;
}
