import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../catalogue/index';
import { chooseDemoSkills } from './skill-roles';
import { TEST_SKILLS, testSkill } from './test-skills';

const ids = (list: readonly { id: string }[]) => list.map((skill) => skill.id);

describe('chooseDemoSkills', () => {
  it('prefers the skills the essays name', () => {
    const chosen = chooseDemoSkills(TEST_SKILLS);
    expect(ids(chosen.helpful)).toContain('box-breathing');
    expect(ids(chosen.distracting)).toEqual(['endless-scrolling', 'binge-watching-to-avoid']);
    expect(ids(chosen.maladaptive)).toEqual(expect.arrayContaining(['overworking', 'alcohol-to-numb', 'withdrawing-from-others']));
    expect(ids(chosen.healing)).toEqual(expect.arrayContaining(['self-compassion-pause', 'sitting-with-a-feeling']));
  });

  it('never uses self-harm or, while lighter work exists, therapist-only work', () => {
    const all = Object.values(chooseDemoSkills(TEST_SKILLS)).flatMap(ids);
    expect(all).not.toContain('self-harm-urges');
    expect(all).not.toContain('inner-child-work');
  });

  it('gives each skill one role', () => {
    const all = Object.values(chooseDemoSkills(TEST_SKILLS)).flatMap(ids);
    expect(new Set(all).size).toBe(all.length);
  });

  it('falls back to kind and family when the preferred ids are missing', () => {
    const chosen = chooseDemoSkills([
      testSkill('paced-exhale', 'coping', 'breathing'),
      testSkill('puzzle-game', 'coping', 'distraction'),
      testSkill('late-nights-at-the-desk', 'maladaptive', 'overworking'),
      testSkill('kind-letter', 'healing', 'self-compassion'),
    ]);
    expect(ids(chosen.helpful)).toEqual(['paced-exhale']);
    expect(ids(chosen.distracting)).toEqual(['puzzle-game']);
    expect(ids(chosen.maladaptive)).toEqual(['late-nights-at-the-desk']);
    expect(ids(chosen.healing)).toEqual(['kind-letter']);
  });

  it('leaves a role empty when nothing fits', () => {
    expect(chooseDemoSkills([])).toEqual({ helpful: [], distracting: [], maladaptive: [], healing: [] });
  });
});

describe('chooseDemoSkills with the real catalogue', () => {
  it('fills every role with skills of a fitting kind', () => {
    const chosen = chooseDemoSkills(CATALOGUE);
    const kindOf = new Map(CATALOGUE.map((skill) => [skill.id, skill.kind]));
    for (const role of ['helpful', 'distracting', 'maladaptive', 'healing'] as const) {
      if (CATALOGUE.length > 0) expect(chosen[role].length).toBeGreaterThan(0);
    }
    for (const skill of chosen.helpful) expect(kindOf.get(skill.id)).toBe('coping');
    for (const skill of chosen.maladaptive) expect(kindOf.get(skill.id)).toBe('maladaptive');
    for (const skill of chosen.healing) expect(kindOf.get(skill.id)).toBe('healing');
  });
});
