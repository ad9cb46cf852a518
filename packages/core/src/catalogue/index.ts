import type { CatalogueSkill } from '../schemas/skill';

/** Bump when a skill is added, removed or re-worded; exports record which version they saw. */
export const CATALOGUE_VERSION = 1;

// PLACEHOLDER — the full catalogue (≥ 50 skills) is being written.
export const CATALOGUE: readonly CatalogueSkill[] = [];

export function catalogueSkill(id: string): CatalogueSkill | undefined {
  return CATALOGUE.find((skill) => skill.id === id);
}
