import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { filedSkills, momentSkillFacts } from './skill-filings';
import { riskSkillIds } from './safety/crisis-offer';
import { SKILL_FAMILIES, SKILL_KINDS, type CustomSkill } from './schemas/skill';
import { buildSkillViews } from './skill-views';

const kind = fc.constantFrom(...SKILL_KINDS);
const family = fc.constantFrom(...SKILL_FAMILIES);
const customSkill = fc.record({ id: fc.stringMatching(/^custom-[a-z0-9]{4}$/), kind, family }).map(
  (filing): CustomSkill => ({ ...filing, name: 'mine', summary: '', steps: [], createdAt: '2026-11-01T00:00:00.000Z', awaitingClassification: false }),
);
const someIds = [...CATALOGUE.map((skill) => skill.id), 'custom-aaaa', 'custom-bbbb'];
const ownSkills = fc.uniqueArray(customSkill, { selector: (skill) => skill.id, maxLength: 6 });
const classificationsOf = fc.uniqueArray(fc.record({ skillId: fc.constantFrom(...someIds), kind, family }), { selector: (c) => c.skillId, maxLength: 8 });

describe('momentSkillFacts', () => {
  it('knows the catalogue and the person\'s own skills, and nothing else', () => {
    const facts = momentSkillFacts(CATALOGUE, [{ id: 'custom-x1', kind: 'coping', family: 'grounding' }], []);
    expect(facts.known.has('box-breathing')).toBe(true);
    expect(facts.known.has('custom-x1')).toBe(true);
    expect(facts.known.has('custom-x2')).toBe(false);
  });

  it('counts a skill filed under self-harm, by the person or by a classification, as a risk', () => {
    const facts = momentSkillFacts(CATALOGUE, [{ id: 'custom-x1', kind: 'maladaptive', family: 'self-harm' }], [
      { skillId: 'endless-scrolling', kind: 'maladaptive', family: 'self-harm' },
    ]);
    expect([...facts.risky].sort()).toEqual(['custom-x1', 'endless-scrolling', 'self-harm-urges']);
  });

  it('gives the same risks as the person\'s whole skill views, for any filing', () => {
    fc.assert(
      fc.property(ownSkills, classificationsOf, (custom, classifications) => {
        const facts = momentSkillFacts(CATALOGUE, custom, classifications);
        const views = buildSkillViews(CATALOGUE, custom, classifications);
        expect([...facts.risky].sort()).toEqual([...riskSkillIds(views)].sort());
        expect([...facts.known].sort()).toEqual(views.map((view) => view.id).sort());
      }),
    );
  });
});

describe('filedSkills', () => {
  it('gives what the insights engine reads of the person\'s whole skill views, for any filing', () => {
    fc.assert(
      fc.property(ownSkills, classificationsOf, (custom, classifications) => {
        const views = buildSkillViews(CATALOGUE, custom, classifications);
        expect(filedSkills(CATALOGUE, custom, classifications)).toEqual(
          views.map(({ id, kind, family, withTherapist, pointsToCrisisHelp }) => ({ id, kind, family, withTherapist, pointsToCrisisHelp })),
        );
      }),
    );
  });
});
