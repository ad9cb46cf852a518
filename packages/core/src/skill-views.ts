import type { CatalogueSkill, Classification, CustomSkill, SkillView } from './schemas/skill';

/** The catalogue as one person sees it: their classifications applied, their own skills added. */
export function buildSkillViews(
  catalogue: readonly CatalogueSkill[],
  customSkills: readonly CustomSkill[],
  classifications: readonly Classification[],
): SkillView[] {
  const byId = new Map(classifications.map((classification) => [classification.skillId, classification]));
  const fromCatalogue = catalogue.map((skill) => catalogueSkillView(skill, byId.get(skill.id)));
  const own = customSkills.map((skill) => customSkillView(skill, byId.get(skill.id)));
  return [...fromCatalogue, ...own];
}

export function catalogueSkillView(skill: CatalogueSkill, classification?: Classification): SkillView {
  const reclassified = classification && (classification.kind !== skill.kind || classification.family !== skill.family);
  return {
    id: skill.id,
    name: skill.name,
    kind: reclassified ? classification.kind : skill.kind,
    family: reclassified ? classification.family : skill.family,
    source: 'catalogue',
    catalogueKind: reclassified ? skill.kind : null,
    catalogueFamily: reclassified ? skill.family : null,
    summary: skill.summary,
    whenItFits: skill.whenItFits,
    whatItDoes: skill.whatItDoes,
    whatItDoesNot: skill.whatItDoesNot,
    steps: [...skill.steps],
    distressRange: { ...skill.distressRange },
    arousal: [...skill.arousal],
    withTherapist: skill.withTherapist,
    pointsToCrisisHelp: skill.pointsToCrisisHelp,
    awaitingClassification: false,
  };
}

export function customSkillView(skill: CustomSkill, classification?: Classification): SkillView {
  return {
    id: skill.id,
    name: skill.name,
    kind: classification?.kind ?? skill.kind,
    family: classification?.family ?? skill.family,
    source: 'custom',
    catalogueKind: null,
    catalogueFamily: null,
    summary: skill.summary,
    whenItFits: '',
    whatItDoes: '',
    whatItDoesNot: '',
    steps: [...skill.steps],
    distressRange: { min: 0, max: 10 },
    arousal: ['hyper', 'window', 'hypo'],
    withTherapist: false,
    pointsToCrisisHelp: false,
    awaitingClassification: skill.awaitingClassification && !classification,
  };
}

/**
 * A custom skill's id: "custom-" + a random part the caller supplies (core has no randomness).
 * Not made from the name: ids are stored in plain text, and a name can say as much as a note
 * ("custom-texting-my-ex"); the name itself is encrypted at rest.
 */
export function customSkillId(randomPart: () => string, taken: ReadonlySet<string>): string {
  let id = `custom-${randomPart()}`;
  while (taken.has(id)) id = `custom-${randomPart()}`;
  return id;
}
