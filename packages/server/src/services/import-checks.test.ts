import { CATALOGUE } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { exportDocument, exportedMoment } from '../test-support/factories';
import { FIXED_NOW } from '../test-support/test-clock';
import { documentProblems, skillReferenceProblems } from './import-checks';

const now = new Date(FIXED_NOW);
const ownSkill = (id: string) => ({ id, name: 'Mine', kind: 'coping' as const, family: 'other' as const, summary: '', steps: [], createdAt: FIXED_NOW });

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
