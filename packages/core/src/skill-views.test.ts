import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueSkill } from './catalogue/index';
import { SkillViewSchema, type Classification, type CustomSkill } from './schemas/skill';
import { buildSkillViews, catalogueSkillView, customSkillId, customSkillView } from './skill-views';

function createCustomSkill(overrides: Partial<CustomSkill> = {}): CustomSkill {
  return {
    id: 'custom-cold-shower',
    name: 'Cold shower',
    kind: 'coping',
    family: 'soothing',
    summary: 'A quick cold shower when I am wound up.',
    steps: ['Turn the water to cold.', 'Count to thirty.'],
    createdAt: '2026-11-02T21:40:00Z',
    awaitingClassification: false,
    ...overrides,
  };
}

const boxBreathing = catalogueSkill('box-breathing')!;

describe('buildSkillViews', () => {
  it('shows the catalogue as it is when the person has changed nothing', () => {
    const views = buildSkillViews(CATALOGUE, [], []);
    expect(views).toHaveLength(CATALOGUE.length);
    for (const view of views) {
      expect(SkillViewSchema.safeParse(view).success).toBe(true);
      expect(view.source).toBe('catalogue');
      expect(view.catalogueKind).toBeNull();
      expect(view.catalogueFamily).toBeNull();
    }
  });

  it('applies a reclassification and remembers what the catalogue said', () => {
    const classification: Classification = { skillId: 'walk-for-racing-thoughts', kind: 'maladaptive', family: 'avoidance' };
    const views = buildSkillViews(CATALOGUE, [], [classification]);
    const walk = views.find((view) => view.id === 'walk-for-racing-thoughts');
    expect(walk).toMatchObject({
      kind: 'maladaptive', family: 'avoidance', catalogueKind: 'coping', catalogueFamily: 'movement', source: 'catalogue',
    });
    const untouched = views.find((view) => view.id === 'box-breathing');
    expect(untouched).toMatchObject({ kind: 'coping', catalogueKind: null });
  });

  it('sets catalogueKind when only the family changes', () => {
    const view = catalogueSkillView(boxBreathing, { skillId: 'box-breathing', kind: 'coping', family: 'soothing' });
    expect(view).toMatchObject({ kind: 'coping', family: 'soothing', catalogueKind: 'coping', catalogueFamily: 'breathing' });
  });

  it('treats a classification equal to the catalogue as no change', () => {
    const view = catalogueSkillView(boxBreathing, { skillId: 'box-breathing', kind: 'coping', family: 'breathing' });
    expect(view.catalogueKind).toBeNull();
    expect(view.catalogueFamily).toBeNull();
  });

  it('includes the person\'s own skills after the catalogue', () => {
    const custom = createCustomSkill();
    const views = buildSkillViews(CATALOGUE, [custom], []);
    expect(views).toHaveLength(CATALOGUE.length + 1);
    const own = views.at(-1)!;
    expect(SkillViewSchema.safeParse(own).success).toBe(true);
    expect(own).toMatchObject({
      id: 'custom-cold-shower', name: 'Cold shower', source: 'custom', kind: 'coping', family: 'soothing',
      catalogueKind: null, catalogueFamily: null, steps: custom.steps,
      distressRange: { min: 0, max: 10 }, withTherapist: false, pointsToCrisisHelp: false,
    });
    expect(own.arousal).toEqual(['hyper', 'window', 'hypo']);
  });

  it('reclassifies a custom skill without a catalogue kind', () => {
    const view = customSkillView(createCustomSkill(), { skillId: 'custom-cold-shower', kind: 'maladaptive', family: 'numbing' });
    expect(view).toMatchObject({ kind: 'maladaptive', family: 'numbing', catalogueKind: null, catalogueFamily: null });
  });

  it('copies arrays, so changing a view cannot change the catalogue', () => {
    const view = catalogueSkillView(boxBreathing);
    view.steps.push('extra');
    view.arousal.push('hypo');
    view.distressRange.max = 0;
    expect(boxBreathing.steps).not.toContain('extra');
    expect(boxBreathing.arousal).not.toContain('hypo');
    expect(boxBreathing.distressRange.max).toBe(9);
  });
});

describe('customSkillId', () => {
  it('is "custom-" and the random part, whatever the name', () => {
    expect(customSkillId(() => 'k3x9q2', new Set())).toBe('custom-k3x9q2');
  });

  it('draws again until the id is free', () => {
    const parts = ['aaa', 'bbb', 'ccc'];
    expect(customSkillId(() => parts.shift()!, new Set(['custom-aaa', 'custom-bbb']))).toBe('custom-ccc');
  });
});
