import type { Arousal, CatalogueSkill, SkillFamily, SkillKind } from '../schemas/skill';

/**
 * The parts skills play in a demo history. The insights engine should find each of them:
 * helpful skills soothe (a lasting drop), distracting ones only distract (relief, then the
 * distress climbs back), maladaptive ones numb or avoid, healing ones work at the source.
 */
export type SkillRole = 'helpful' | 'distracting' | 'maladaptive' | 'healing';

export interface DemoSkill {
  id: string;
  family: SkillFamily;
  arousal: readonly Arousal[];
}

export type DemoSkills = Record<SkillRole, readonly DemoSkill[]>;

interface RoleWish {
  /** Ids the catalogue is expected to hold, tried first so the demo reads like the essays. */
  preferIds: readonly string[];
  kinds: readonly SkillKind[];
  /** In order of preference; a skill of another family of the right kind is the last resort. */
  families: readonly SkillFamily[];
  count: number;
  /** Fall back to any skill of the kind when no family matches. */
  anyOfKind: boolean;
}

const WISHES: Record<SkillRole, RoleWish> = {
  helpful: {
    preferIds: ['box-breathing', 'five-senses-grounding', 'walk-for-racing-thoughts', 'reach-out-to-a-friend'],
    kinds: ['coping'],
    families: ['breathing', 'grounding', 'movement', 'connection', 'soothing'],
    count: 4,
    anyOfKind: true,
  },
  distracting: {
    preferIds: ['endless-scrolling', 'binge-watching-to-avoid'],
    kinds: ['coping', 'maladaptive'],
    families: ['distraction', 'avoidance'],
    count: 2,
    anyOfKind: false,
  },
  maladaptive: {
    preferIds: ['overworking', 'alcohol-to-numb', 'withdrawing-from-others'],
    kinds: ['maladaptive'],
    families: ['overworking', 'numbing', 'withdrawal', 'people-pleasing', 'avoidance'],
    count: 3,
    anyOfKind: true,
  },
  healing: {
    preferIds: ['self-compassion-pause', 'sitting-with-a-feeling', 'letting-the-tears-come'],
    kinds: ['healing'],
    families: ['self-compassion', 'allowing-feelings', 'grief', 'emotion-processing', 'self-trust', 'regulation'],
    count: 3,
    anyOfKind: true,
  },
};

// Roles are filled in this order, so a distraction skill is not also taken as "maladaptive".
const ROLE_ORDER: readonly SkillRole[] = ['distracting', 'helpful', 'maladaptive', 'healing'];

/**
 * Chooses a few skills for each role from whatever the catalogue holds. Self-harm is left out:
 * a demo should never suggest it casually.
 */
export function chooseDemoSkills(skills: readonly CatalogueSkill[]): DemoSkills {
  const usable = skills.filter((skill) => !skill.pointsToCrisisHelp && skill.family !== 'self-harm');
  const taken = new Set<string>();
  const chosen = {} as Record<SkillRole, DemoSkill[]>;
  for (const role of ROLE_ORDER) {
    chosen[role] = pickForRole(usable, WISHES[role], taken);
    for (const skill of chosen[role]) taken.add(skill.id);
  }
  return chosen;
}

function pickForRole(skills: readonly CatalogueSkill[], wish: RoleWish, taken: ReadonlySet<string>): DemoSkill[] {
  const fits = (skill: CatalogueSkill) => !taken.has(skill.id) && wish.kinds.includes(skill.kind);
  const ordered: CatalogueSkill[] = [];
  const add = (skill: CatalogueSkill | undefined) => {
    if (skill && fits(skill) && !ordered.includes(skill)) ordered.push(skill);
  };
  for (const id of wish.preferIds) add(skills.find((skill) => skill.id === id));
  // One skill per family first, so the demo shows a breathing skill *and* a walk, not two breathings.
  for (const family of wish.families) add(skills.find((skill) => skill.family === family && !ordered.includes(skill)));
  for (const family of wish.families) skills.filter((skill) => skill.family === family).forEach(add);
  if (wish.anyOfKind) skills.forEach(add);
  // Deep work meant for a therapist's room is used only when nothing lighter fits the role.
  const light = ordered.filter((skill) => !skill.withTherapist);
  return (light.length > 0 ? light : ordered).slice(0, wish.count).map((skill) => ({ id: skill.id, family: skill.family, arousal: [...skill.arousal] }));
}
