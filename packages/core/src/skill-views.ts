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

/** A custom skill's id: "custom-" + a slug of its name, made unique against the ids taken. */
export function customSkillId(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    // The cut can land just after a dash, which a slug may not end with.
    .replace(/-+$/g, '') || 'skill';
  let id = `custom-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `custom-${slug}-${n}`;
  return id;
}
