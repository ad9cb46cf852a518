import type { CatalogueSkill } from '../schemas/skill';
import { COPING_SKILLS } from './coping-skills';
import { HEALING_SKILLS } from './healing-skills';
import { MALADAPTIVE_PATTERNS } from './maladaptive-patterns';

export { COPING_SKILLS } from './coping-skills';
export { HEALING_SKILLS } from './healing-skills';
export { MALADAPTIVE_PATTERNS } from './maladaptive-patterns';
export { ESSAY_EXAMPLES, type EssayExample } from './essay-examples';

/** Bump when a skill is added, removed or re-worded; exports record which version they saw. */
export const CATALOGUE_VERSION = 2;

export const CATALOGUE: readonly CatalogueSkill[] = [...COPING_SKILLS, ...HEALING_SKILLS, ...MALADAPTIVE_PATTERNS];

const BY_ID = new Map(CATALOGUE.map((skill) => [skill.id, skill]));

export function catalogueSkill(id: string): CatalogueSkill | undefined {
  return BY_ID.get(id);
}
