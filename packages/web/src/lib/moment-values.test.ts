import { describe, expect, it } from 'vitest';
import { emptyMomentValues, fieldOf, localProblems, toCreateBody, toPatchBody } from './moment-values';

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

  it('maps server field paths to form fields', () => {
    expect(fieldOf('triggerTags.2')).toBe('triggerTags');
    expect(fieldOf('followUps.0.at')).toBeNull();
  });
});
