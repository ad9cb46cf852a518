import { MomentSchema } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { momentFixture } from '../test/mock-api';
import { emptyMomentValues, fieldOf, localProblems, momentToValues, rebaseEdit, toCreateBody, toPatchBody } from './moment-values';

describe('moment values', () => {
  const base = emptyMomentValues(new Date(2026, 10, 2, 21, 40));

  it('asks for the distress level and nothing else', () => {
    expect(Object.keys(localProblems(base))).toEqual(['distressBefore']);
    expect(localProblems({ ...base, distressBefore: 3 })).toEqual({});
  });

  it('sends only what was filled in on create', () => {
    const body = toCreateBody({ ...base, distressBefore: 8, trigger: '  ', skillIds: ['box-breathing'] });
    expect(body).toEqual({ distressBefore: 8, occurredAt: new Date(2026, 10, 2, 21, 40).toISOString(), skillIds: ['box-breathing'] });
  });

  it('patches only the changed fields, clearing with null', () => {
    const initial = { ...base, distressBefore: 8, note: 'hard day' };
    expect(toPatchBody(initial, { ...initial, distressAfter: 4, note: '' })).toEqual({ distressAfter: 4, note: null });
  });

  describe('follow-ups', () => {
    const moment = MomentSchema.parse(momentFixture({
      followUps: [{ at: '2026-11-03T08:00:00Z', distress: 3 }, { at: '2026-11-02T23:40:00Z', distress: 5 }],
    }));
    const initial = momentToValues(moment);

    it('come into the values oldest first, as copies, and an untouched form patches nothing', () => {
      expect(initial.followUps).toEqual([{ at: '2026-11-02T23:40:00Z', distress: 5 }, { at: '2026-11-03T08:00:00Z', distress: 3 }]);
      expect(initial.followUps[0]).not.toBe(moment.followUps[1]);
      expect(toPatchBody(initial, momentToValues(moment))).toEqual({});
    });

    it('are in the patch only when they changed', () => {
      expect(toPatchBody(initial, { ...initial, note: 'slept on it' })).toEqual({ note: 'slept on it' });
      const added = [...initial.followUps, { at: '2026-11-04T09:00:00.000Z', distress: 2 }];
      expect(toPatchBody(initial, { ...initial, followUps: added })).toEqual({ followUps: added });
      expect(toPatchBody(initial, { ...initial, followUps: [] })).toEqual({ followUps: [] });
    });

    it('start empty on a new moment and stay out of its create body', () => {
      expect(base.followUps).toEqual([]);
      expect(toCreateBody({ ...base, distressBefore: 6 })).not.toHaveProperty('followUps');
    });
  });

  it('maps server field paths to form fields', () => {
    expect(fieldOf('triggerTags.2')).toBe('triggerTags');
    expect(fieldOf('followUps.0.at')).toBe('followUps');
    expect(fieldOf('body')).toBeNull();
  });
});

describe('rebaseEdit', () => {
  it('puts the fields the person changed on top of the newer version, and nothing else', () => {
    const before = momentToValues(MomentSchema.parse(momentFixture({ version: 2 })));
    const edited = { ...before, note: 'from the laptop', emotions: ['sad' as const] };
    const now = momentToValues(MomentSchema.parse(momentFixture({ version: 3, distressAfter: 3, note: 'written on the phone' })));
    expect(rebaseEdit(before, edited, now)).toEqual({ ...now, note: 'from the laptop', emotions: ['sad'] });
    // Nothing changed by the person: the newer version as it is.
    expect(rebaseEdit(before, before, now)).toEqual(now);
  });
});
