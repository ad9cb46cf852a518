import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../catalogue/index';
import { buildSkillViews } from '../skill-views';
import { CATALOGUE_CRISIS_SKILL_IDS, crisisOfferReasons, riskSkillIds, shouldOfferCrisisSupport } from './crisis-offer';

const catalogueRisks = riskSkillIds(buildSkillViews(CATALOGUE, [], []));

describe('crisis offer', () => {
  it('comes at distress 10, before or after, and not at 9', () => {
    expect(crisisOfferReasons({ distressBefore: 10 }, catalogueRisks)).toEqual(['distress']);
    expect(crisisOfferReasons({ distressBefore: 6, distressAfter: 10 }, catalogueRisks)).toEqual(['distress']);
    expect(shouldOfferCrisisSupport({ distressBefore: 9, distressAfter: 9 }, catalogueRisks)).toBe(false);
    expect(shouldOfferCrisisSupport({ distressBefore: 0, distressAfter: null }, catalogueRisks)).toBe(false);
  });

  it('comes with a risk emotion at any distress, and not with hopeless or numb alone', () => {
    expect(crisisOfferReasons({ distressBefore: 3, emotions: ['sad', "don't want to be here"] }, catalogueRisks)).toEqual(['emotion']);
    expect(shouldOfferCrisisSupport({ distressBefore: 7, emotions: ['hopeless', 'numb', 'empty'] }, catalogueRisks)).toBe(false);
  });

  it('comes with the catalogue\'s self-harm urges skill, and not with other maladaptive skills', () => {
    expect(catalogueRisks).toEqual(new Set(['self-harm-urges']));
    expect(new Set(CATALOGUE_CRISIS_SKILL_IDS)).toEqual(catalogueRisks);
    expect(crisisOfferReasons({ distressBefore: 5, skillIds: ['box-breathing', 'self-harm-urges'] }, catalogueRisks)).toEqual(['skill']);
    expect(shouldOfferCrisisSupport({ distressBefore: 8, skillIds: ['endless-scrolling'] }, catalogueRisks)).toBe(false);
  });

  it('counts a person\'s own skill filed under self-harm, and a catalogue skill they re-filed there', () => {
    const views = buildSkillViews(
      CATALOGUE,
      [{ id: 'my-own-thing', name: 'My own thing', kind: 'maladaptive', family: 'self-harm', summary: '', steps: [], createdAt: '2026-11-01T00:00:00Z', awaitingClassification: false }],
      [{ skillId: 'endless-scrolling', kind: 'maladaptive', family: 'self-harm' }],
    );
    const risks = riskSkillIds(views);
    expect(risks.has('my-own-thing')).toBe(true);
    expect(risks.has('endless-scrolling')).toBe(true);
    expect(risks.has('box-breathing')).toBe(false);
  });

  it('names every reason when several apply', () => {
    expect(crisisOfferReasons({ distressBefore: 10, emotions: ["don't want to be here"], skillIds: ['self-harm-urges'] }, catalogueRisks))
      .toEqual(['distress', 'emotion', 'skill']);
  });
});
