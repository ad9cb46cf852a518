import type { Arousal, CatalogueSkill, SkillFamily, SkillKind } from '../schemas/skill';

/** A small stand-in catalogue for tests, so they do not depend on what the real one holds. */
export function testSkill(id: string, kind: SkillKind, family: SkillFamily, extra: Partial<CatalogueSkill> = {}): CatalogueSkill {
  const arousal: Arousal[] = ['hyper', 'window', 'hypo'];
  return {
    id,
    name: id.replace(/-/g, ' '),
    kind,
    family,
    summary: 'A test skill.',
    whenItFits: 'In tests.',
    whatItDoes: 'Fills a role.',
    whatItDoesNot: 'Anything real.',
    steps: [],
    distressRange: { min: 0, max: 10 },
    arousal,
    withTherapist: false,
    pointsToCrisisHelp: false,
    covers: [],
    ...extra,
  };
}

export const TEST_SKILLS: readonly CatalogueSkill[] = [
  testSkill('box-breathing', 'coping', 'breathing', { arousal: ['hyper'] }),
  testSkill('five-senses-grounding', 'coping', 'grounding'),
  testSkill('walk-for-racing-thoughts', 'coping', 'movement'),
  testSkill('reach-out-to-a-friend', 'coping', 'connection'),
  testSkill('endless-scrolling', 'maladaptive', 'avoidance'),
  testSkill('binge-watching-to-avoid', 'maladaptive', 'avoidance'),
  testSkill('overworking', 'maladaptive', 'overworking'),
  testSkill('alcohol-to-numb', 'maladaptive', 'numbing'),
  testSkill('withdrawing-from-others', 'maladaptive', 'withdrawal'),
  testSkill('self-harm-urges', 'maladaptive', 'self-harm', { pointsToCrisisHelp: true }),
  testSkill('self-compassion-pause', 'healing', 'self-compassion'),
  testSkill('sitting-with-a-feeling', 'healing', 'allowing-feelings'),
  testSkill('inner-child-work', 'healing', 'core-beliefs', { withTherapist: true }),
];
