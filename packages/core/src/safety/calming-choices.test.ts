import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../catalogue/index';
import { createSkill, createUse, insightsOf, repeat } from '../insights/insights-factories';
import { buildSkillViews } from '../skill-views';
import { calmingChoices } from './calming-choices';

const views = buildSkillViews(CATALOGUE, [], []);

describe('calming choices for the safety plan', () => {
  it('offers coping skills only, by name, when there are no insights yet', () => {
    const choices = calmingChoices(views, null);
    expect(choices.every((choice) => choice.skill.kind === 'coping')).toBe(true);
    expect(choices.length).toBe(views.filter((skill) => skill.kind === 'coping').length);
    const names = choices.map((choice) => choice.skill.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('puts what soothes this person first, then what they have used, then the rest', () => {
    const skills = [createSkill('box-breathing', 'coping', 'breathing'), createSkill('cold-water', 'coping', 'soothing'), createSkill('naming-objects', 'coping', 'grounding')];
    const moments = [
      ...repeat(4, (_, at) => createUse('cold-water', 8, 3, 3, { occurredAt: at })),
      ...repeat(4, (_, at) => createUse('box-breathing', 7, 4, 4, { occurredAt: at }), 10),
      createUse('naming-objects', 6, null, null),
    ];
    const effects = insightsOf(moments, { skills }).skillEffects;
    const choices = calmingChoices(views, effects);
    expect(choices.slice(0, 3).map((choice) => [choice.skill.id, choice.soothes])).toEqual([
      ['cold-water', true], ['box-breathing', true], ['naming-objects', false],
    ]);
    expect(choices[2]?.uses).toBe(1);
    expect(choices[3]?.uses).toBe(0);
  });
});
