import { describe, expect, it } from 'vitest';
import { draftToFollowUp, followUpAtPath, followUpDraftProblems, followUpProblem, followUpTime, withFollowUp } from './follow-ups';

describe('follow-ups', () => {
  it('turns a complete draft into a follow-up, and names what a draft is missing', () => {
    const at = new Date(2026, 10, 3, 8, 15);
    expect(draftToFollowUp({ distress: 4, at: '2026-11-03T08:15' })).toEqual({ at: at.toISOString(), distress: 4 });
    expect(draftToFollowUp({ distress: null, at: '2026-11-03T08:15' })).toBeNull();
    expect(draftToFollowUp({ distress: 0, at: '' })).toBeNull();
    expect(Object.keys(followUpDraftProblems({ distress: null, at: '' }))).toEqual(['distress', 'at']);
    expect(followUpDraftProblems({ distress: 0, at: '2026-11-03T08:15' })).toEqual({});
  });

  it('keeps the list in time order when one is added', () => {
    const list = [{ at: '2026-11-02T23:00:00Z', distress: 5 }, { at: '2026-11-03T09:00:00Z', distress: 2 }];
    const added = withFollowUp(list, { at: '2026-11-03T01:00:00Z', distress: 4 });
    expect(added.map((followUp) => followUp.distress)).toEqual([5, 4, 2]);
  });

  it('says which check-in a server problem is about', () => {
    const list = [{ at: '2026-11-02T23:00:00Z', distress: 5 }];
    expect(followUpProblem('followUps.0.at', 'must not be in the future', list))
      .toBe(`The check-in at ${followUpTime(list[0]!.at)} must not be in the future.`);
    expect(followUpProblem('followUps', 'must have at most 20 follow-ups', list)).toBe('must have at most 20 follow-ups');
    expect(followUpAtPath('followUps.0.distress', list)).toBe(list[0]);
    expect(followUpAtPath('followUps.3.at', list)).toBeUndefined();
    expect(followUpAtPath('skillIds.0', list)).toBeUndefined();
  });
});
