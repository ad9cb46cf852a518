import { CATALOGUE, type PathAreaState } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { exportDocument, exportedMoment } from '../test-support/factories';
import { FIXED_NOW } from '../test-support/test-clock';
import { documentProblems, skillReferenceProblems } from './import-checks';

const now = new Date(FIXED_NOW);
const ownSkill = (id: string) => ({ id, name: 'Mine', kind: 'coping' as const, family: 'other' as const, summary: '', steps: [], createdAt: FIXED_NOW, awaitingClassification: false });

describe('documentProblems', () => {
  it('finds nothing wrong with a clean document', () => {
    expect(documentProblems(exportDocument({ customSkills: [ownSkill('custom-a')], moments: [exportedMoment()] }), now)).toEqual({});
  });

  it('names duplicate ids, foreign skill ids and dates in the future', () => {
    const document = exportDocument({
      customSkills: [ownSkill('custom-a'), ownSkill('custom-a'), ownSkill('box-breathing')],
      moments: [exportedMoment({ id: 'x' }), exportedMoment({ id: 'x', followUps: [{ at: '2040-01-01T00:00:00.000Z', distress: 1 }] })],
    });
    expect(documentProblems(document, now)).toEqual({
      'customSkills.1.id': 'appears more than once in this file',
      'customSkills.2.id': 'must start with "custom-"',
      'moments.1.id': 'appears more than once in this file',
      'moments.1.followUps.0.at': 'must not be in the future',
    });
  });
});

describe('documentProblems for the healing path', () => {
  const area = (overrides: Partial<PathAreaState>): PathAreaState => ({
    areaId: 'core-beliefs', layer: 1, startedAt: '2026-09-01T00:00:00.000Z', layerStartedAt: '2026-09-10T00:00:00.000Z',
    deepestLayer: 2, deepestLayerAt: '2026-09-05T00:00:00.000Z', ...overrides,
  });
  const pathWith = (areas: PathAreaState[]) => exportDocument({
    path: { version: 2, areas, pace: { practicesPerWeek: 1 }, paused: false, pausedAt: null, plan: null, updatedAt: '2026-09-10T00:00:00.000Z' },
  });

  it('accepts a deepest layer at or below the current one, reached at a time that has been', () => {
    expect(documentProblems(pathWith([area({}), area({ areaId: 'grief', layer: 0, deepestLayer: 0, deepestLayerAt: null })]), now)).toEqual({});
  });

  it('needs the deepest layer within the area and no gentler than the current one, and its time to fit it', () => {
    expect(documentProblems(pathWith([
      area({ deepestLayer: 0, deepestLayerAt: null }),
      area({ areaId: 'grief', deepestLayer: 3 }),
      area({ areaId: 'boundaries', deepestLayerAt: '2040-01-01T00:00:00.000Z' }),
      area({ areaId: 'inner-child', deepestLayerAt: null }),
      area({ areaId: 'nervous-system', layer: 0, deepestLayer: 0 }),
    ]), now)).toEqual({
      'path.areas.0.deepestLayer': 'must be from 1 (the layer the area is in) to 2',
      'path.areas.1.deepestLayer': 'must be from 1 (the layer the area is in) to 2',
      'path.areas.2.deepestLayerAt': 'must not be in the future',
      'path.areas.3.deepestLayerAt': 'must be the time the deepest layer was first reached',
      'path.areas.4.deepestLayerAt': 'must be null while deepestLayer is 0',
    });
  });
});

describe('skillReferenceProblems', () => {
  it('needs every named skill to exist after the import', () => {
    const known = new Set([CATALOGUE[0]!.id, 'custom-a']);
    const document = exportDocument({
      classifications: [{ skillId: 'custom-gone', kind: 'coping', family: 'other' }],
      moments: [exportedMoment({ skillIds: [CATALOGUE[0]!.id, 'custom-a'] }), exportedMoment({ skillIds: ['nope'] })],
    });
    expect(skillReferenceProblems(document, known)).toEqual({
      'classifications.0.skillId': 'names a skill Mend does not know: custom-gone',
      'moments.1.skillIds': 'names skills Mend does not know: nope',
    });
  });
});
