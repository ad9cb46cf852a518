import { describe, expect, it } from 'vitest';
import { catalogueSkill } from '../catalogue/index';
import { exerciseForSkill } from '../practice/exercises/index';
import { HEALING_AREAS, healingArea } from './healing-areas';

const each = HEALING_AREAS.map((area) => [area.id, area] as const);

describe('healing areas', () => {
  it('has at least the seven areas the issue names, with unique slug ids', () => {
    expect(HEALING_AREAS.length).toBeGreaterThanOrEqual(7);
    const ids = HEALING_AREAS.map((area) => area.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ids).toEqual(expect.arrayContaining([
      'core-beliefs', 'avoided-feelings', 'grief', 'trust-after-betrayal', 'boundaries', 'inner-child', 'nervous-system',
    ]));
  });

  it('finds an area by id', () => {
    expect(healingArea('grief')?.name).toBe('Grief');
    expect(healingArea('no-such-area')).toBeUndefined();
  });

  it('flags grief\'s deep layers as best done with a therapist', () => {
    expect(healingArea('grief')?.deepLayersWithTherapist).toBe(true);
  });
});

describe.each(each)('%s', (_id, area) => {
  it('has a name, a summary and at least two named layers', () => {
    expect(area.name.trim()).not.toBe('');
    expect(area.summary.trim()).not.toBe('');
    expect(area.layers.length).toBeGreaterThanOrEqual(2);
    for (const layer of area.layers) {
      expect(layer.name.trim()).not.toBe('');
      expect(layer.summary.trim()).not.toBe('');
    }
  });

  it('builds every layer from 1 to 4 catalogue healing skills, none pointing to crisis help, none repeated', () => {
    const all: string[] = [];
    for (const layer of area.layers) {
      expect(layer.skillIds.length, layer.name).toBeGreaterThanOrEqual(1);
      expect(layer.skillIds.length, layer.name).toBeLessThanOrEqual(4);
      for (const skillId of layer.skillIds) {
        const skill = catalogueSkill(skillId);
        expect(skill, skillId).toBeDefined();
        expect(skill?.kind, skillId).toBe('healing');
        expect(skill?.pointsToCrisisHelp, skillId).toBe(false);
        all.push(skillId);
      }
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('starts gently: a guided exercise in the first layer, no therapist-only skill there', () => {
    const [first] = area.layers;
    expect(first!.skillIds.some((skillId) => exerciseForSkill(skillId) !== undefined)).toBe(true);
    for (const skillId of first!.skillIds) expect(catalogueSkill(skillId)?.withTherapist, skillId).toBe(false);
  });

  it('keeps therapist-only skills to the deepest layer, and says so when it has them', () => {
    const withTherapist = (skillIds: readonly string[]) => skillIds.some((skillId) => catalogueSkill(skillId)?.withTherapist);
    for (const layer of area.layers.slice(0, -1)) expect(withTherapist(layer.skillIds), layer.name).toBe(false);
    if (withTherapist(area.layers.at(-1)!.skillIds)) expect(area.deepLayersWithTherapist).toBe(true);
  });
});
