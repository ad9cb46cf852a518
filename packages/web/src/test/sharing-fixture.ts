import { SessionPrepSchema, type SessionPrep } from '@mend/core';

/** A share as GET /sharing lists it. */
export function shareFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: 's1', therapist: { id: 't1', name: 'dr-lee' }, scopes: ['summary', 'moments'], until: '2027-03-01T10:00:00.000Z',
    createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

export function inviteFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: 'i1', scopes: ['summary'], until: '2027-01-01T10:00:00.000Z', createdAt: '2026-12-01T10:00:00.000Z', expiresAt: '2026-12-08T10:00:00.000Z',
    ...overrides,
  };
}

export function suggestionFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: 'g1', therapist: { id: 't1', name: 'dr-lee' }, person: { id: 'u1', name: 'ana' }, kind: 'area', targetId: 'boundaries',
    message: 'We talked about this on Tuesday.', status: 'open', createdAt: '2026-12-01T10:00:00.000Z', answeredAt: null,
    ...overrides,
  };
}

export function sharedPersonFixture(overrides: Record<string, unknown> = {}) {
  return {
    personId: 'p1', name: 'ana', scopes: ['summary', 'moments'], until: '2027-03-01T10:00:00.000Z', sharedSince: '2026-12-01T10:00:00.000Z', openSuggestions: 0,
    ...overrides,
  };
}

/** A session-prep summary, checked against the contract so it never drifts from it. */
export function sessionPrepFixture(overrides: Partial<SessionPrep> = {}): SessionPrep {
  return SessionPrepSchema.parse({
    person: { id: 'p1', name: 'ana' },
    from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', timeZone: 'UTC',
    moments: 5,
    distress: {
      weeks: [
        { weekStart: '2026-11-16', moments: 3, meanBefore: 7.3, meanAfter: 4, peak: 9 },
        { weekStart: '2026-11-23', moments: 2, meanBefore: 6, meanAfter: null, peak: 6 },
      ],
      meanBefore: 6.8, meanAfter: 4, withAfter: 3,
    },
    soothed: [{ skillId: 'box-breathing', name: 'Box breathing', kind: 'coping', uses: 3 }],
    distracted: [],
    recurringTriggers: [{ tag: 'work-conflict', count: 3 }],
    practice: { sessions: 1, minutes: 10, steppedBack: 0, skills: [{ skillId: 'sitting-with-a-feeling', name: 'Sitting with a feeling', sessions: 1 }] },
    wins: { satWithFeeling: 1, easedOff: [], fallingPeaks: false },
    flags: [],
    ...overrides,
  });
}
