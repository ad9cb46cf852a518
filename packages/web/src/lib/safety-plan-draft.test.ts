import { emptySafetyPlan, SafetyPlanContentSchema } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { draftFieldOf, draftProblems, fromDraft, toDraft } from './safety-plan-draft';

const plan = {
  ...emptySafetyPlan(),
  warningSigns: ['I stop eating', 'I sleep all day'],
  calmingSkillIds: ['box-breathing'],
  helpers: [{ name: 'Ana', phone: '07700 900123', note: null }],
  reasons: ['My niece'],
};

describe('the safety plan editor draft', () => {
  it('round-trips a plan', () => {
    expect(fromDraft(toDraft(plan))).toEqual(plan);
  });

  it('drops blank lines and blank contact rows, trims, and keeps what the schema accepts', () => {
    const draft = { ...toDraft(plan), warningSigns: '  I stop eating \n\n\nI sleep all day\n', helpers: [{ name: ' Ana ', phone: '', note: ' ' }, { name: '', phone: '', note: '' }] };
    const content = fromDraft(draft);
    expect(content.warningSigns).toEqual(['I stop eating', 'I sleep all day']);
    expect(content.helpers).toEqual([{ name: 'Ana', phone: null, note: null }]);
    expect(SafetyPlanContentSchema.safeParse(content).success).toBe(true);
  });

  it('says a contact with a number but no name needs a name, and a line that is too long', () => {
    const draft = { ...toDraft(plan), professionals: [{ name: '', phone: '116 123', note: '' }], reasons: 'x'.repeat(501) };
    expect(draftProblems(draft)).toEqual({ professionals: 'Each person or service needs a name.', reasons: 'Each line can be at most 500 characters.' });
    expect(draftProblems(toDraft(plan))).toEqual({});
  });

  it('finds the field of a server problem', () => {
    expect(draftFieldOf('helpers.0.phone')).toBe('helpers');
    expect(draftFieldOf('warningSigns.2')).toBe('warningSigns');
    expect(draftFieldOf('baseVersion')).toBeNull();
  });
});
