import { describe, expect, it } from 'vitest';
import {
  FUTURE_TOLERANCE_MS, MAX_NOTE_LENGTH, MomentCreateSchema, MomentListQuerySchema, MomentPatchSchema, MomentSchema,
  TagSchema, momentTimeProblems, type Moment,
} from './moment';

const NOW = new Date('2026-11-02T22:00:00Z');

function createMoment(overrides: Partial<Record<keyof Moment, unknown>> = {}): Record<string, unknown> {
  return {
    id: 'moment-1',
    occurredAt: '2026-11-02T21:40:00Z',
    distressBefore: 8,
    distressAfter: 4,
    arousal: 'hyper',
    emotions: ['anxious', 'ashamed'],
    trigger: 'argument with my boss',
    triggerTags: ['work-conflict'],
    contextTags: ['home', 'alone'],
    skillIds: ['box-breathing', 'endless-scrolling'],
    followUps: [{ at: '2026-11-02T23:40:00Z', distress: 5 }],
    note: 'Breathing helped a bit.',
    satWithFeeling: false,
    version: 1,
    createdAt: '2026-11-02T21:45:00Z',
    updatedAt: '2026-11-02T21:45:00Z',
    ...overrides,
  };
}

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('MomentSchema', () => {
  it('accepts the moment from the design', () => {
    const result = MomentSchema.safeParse(createMoment());
    expect(result.success).toBe(true);
  });

  it('accepts nulls for the optional fields', () => {
    const moment = createMoment({ distressAfter: null, arousal: null, trigger: null, note: null });
    expect(MomentSchema.safeParse(moment).success).toBe(true);
  });

  it('accepts a time with an offset', () => {
    expect(MomentSchema.safeParse(createMoment({ occurredAt: '2026-11-02T22:40:00+01:00' })).success).toBe(true);
  });

  it.each([-1, 11, 5.5, '5', null, Number.NaN])('rejects distressBefore %s', (distress) => {
    const result = MomentSchema.safeParse(createMoment({ distressBefore: distress }));
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain('distressBefore');
  });

  it.each([0, 10])('accepts distressBefore at the edge, %s', (distress) => {
    expect(MomentSchema.safeParse(createMoment({ distressBefore: distress })).success).toBe(true);
  });

  it('rejects an out-of-range follow-up distress', () => {
    const result = MomentSchema.safeParse(createMoment({ followUps: [{ at: '2026-11-02T23:40:00Z', distress: 11 }] }));
    expect(issuePaths(result)).toContain('followUps.0.distress');
  });

  it('rejects an unknown emotion', () => {
    const result = MomentSchema.safeParse(createMoment({ emotions: ['anxious', 'hangry'] }));
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain('emotions.1');
  });

  it('rejects the same emotion twice', () => {
    const result = MomentSchema.safeParse(createMoment({ emotions: ['sad', 'sad'] }));
    expect(issuePaths(result)).toContain('emotions');
  });

  it('rejects an unknown field', () => {
    const result = MomentSchema.safeParse(createMoment({ mood: 'fine' } as never));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects an unknown arousal state', () => {
    expect(MomentSchema.safeParse(createMoment({ arousal: 'calm' })).success).toBe(false);
  });

  it(`accepts a ${MAX_NOTE_LENGTH}-character note and rejects one character more`, () => {
    expect(MAX_NOTE_LENGTH).toBe(5000);
    expect(MomentSchema.safeParse(createMoment({ note: 'a'.repeat(5000) })).success).toBe(true);
    const result = MomentSchema.safeParse(createMoment({ note: 'a'.repeat(5001) }));
    expect(issuePaths(result)).toContain('note');
  });

  it('rejects duplicate tags', () => {
    const result = MomentSchema.safeParse(createMoment({ triggerTags: ['work-conflict', 'work-conflict'] }));
    expect(issuePaths(result)).toContain('triggerTags');
    expect(result.error?.issues[0]?.message).toMatch(/twice/);
  });

  it('rejects duplicate skills', () => {
    const result = MomentSchema.safeParse(createMoment({ skillIds: ['box-breathing', 'box-breathing'] }));
    expect(issuePaths(result)).toContain('skillIds');
  });

  it('rejects a time without a zone', () => {
    expect(MomentSchema.safeParse(createMoment({ occurredAt: '2026-11-02T21:40:00' })).success).toBe(false);
  });
});

describe('TagSchema', () => {
  it.each(['work-conflict', 'home', 'été', 'arbeit-büro', '仕事', 'day-2'])('accepts %s', (tag) => {
    expect(TagSchema.safeParse(tag).success).toBe(true);
  });

  it.each(['Work', 'work conflict', '-work', 'work-', 'work--conflict', '', 'work_conflict', 'a'.repeat(41)])(
    'rejects "%s"',
    (tag) => {
      expect(TagSchema.safeParse(tag).success).toBe(false);
    },
  );

  it('rejects a bad tag inside a moment', () => {
    const result = MomentSchema.safeParse(createMoment({ contextTags: ['home', 'At Home'] }));
    expect(issuePaths(result)).toContain('contextTags.1');
  });
});

describe('MomentCreateSchema and MomentPatchSchema', () => {
  it('needs only distressBefore to create', () => {
    expect(MomentCreateSchema.safeParse({ distressBefore: 6 }).success).toBe(true);
    expect(issuePaths(MomentCreateSchema.safeParse({}))).toEqual(['distressBefore']);
  });

  it('rejects fields the server sets', () => {
    expect(MomentCreateSchema.safeParse({ distressBefore: 6, createdAt: '2026-11-02T21:45:00Z' }).success).toBe(false);
  });

  it('accepts a patch of only its baseVersion, and null to clear', () => {
    expect(MomentPatchSchema.safeParse({ baseVersion: 1 }).success).toBe(true);
    expect(MomentPatchSchema.safeParse({ baseVersion: 4, distressAfter: null, note: null }).success).toBe(true);
    expect(MomentPatchSchema.safeParse({ baseVersion: 1, distressBefore: null }).success).toBe(false);
  });

  it('requires baseVersion, saying what it is, and refuses one that is no version', () => {
    const missing = MomentPatchSchema.safeParse({ note: 'no version' });
    expect(missing.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['baseVersion', 'is required: the version of the moment this edit starts from'],
    ]);
    for (const baseVersion of [0, 1.5, '2', null]) expect(issuePaths(MomentPatchSchema.safeParse({ baseVersion }))).toEqual(['baseVersion']);
  });
});

describe('MomentListQuerySchema', () => {
  it('reads the limit from a query string', () => {
    expect(MomentListQuerySchema.parse({ limit: '50' })).toEqual({ limit: 50 });
  });

  it.each(['0', '501', '1.5', 'ten'])('rejects limit %s', (limit) => {
    expect(MomentListQuerySchema.safeParse({ limit }).success).toBe(false);
  });
});

describe('momentTimeProblems', () => {
  it('finds nothing wrong with a recent moment', () => {
    expect(momentTimeProblems({ occurredAt: '2026-11-02T21:40:00Z' }, NOW)).toEqual({});
  });

  it('allows a moment slightly in the future (clock skew, time zones)', () => {
    const within = new Date(NOW.getTime() + FUTURE_TOLERANCE_MS - 1000).toISOString();
    const edge = new Date(NOW.getTime() + FUTURE_TOLERANCE_MS).toISOString();
    expect(momentTimeProblems({ occurredAt: within }, NOW)).toEqual({});
    expect(momentTimeProblems({ occurredAt: edge }, NOW)).toEqual({});
  });

  it('rejects a moment far in the future', () => {
    const beyond = new Date(NOW.getTime() + FUTURE_TOLERANCE_MS + 1000).toISOString();
    expect(momentTimeProblems({ occurredAt: beyond }, NOW)).toEqual({ occurredAt: 'must not be in the future' });
    expect(momentTimeProblems({ occurredAt: '2099-01-01T00:00:00Z' }, NOW)).toEqual({ occurredAt: 'must not be in the future' });
  });

  it('rejects a moment in 1800', () => {
    expect(momentTimeProblems({ occurredAt: '1800-06-01T12:00:00Z' }, NOW)).toEqual({ occurredAt: 'must be after 1900' });
    expect(momentTimeProblems({ occurredAt: '1900-01-01T00:00:00Z' }, NOW)).toEqual({});
  });

  it('checks each follow-up and names it by index', () => {
    const problems = momentTimeProblems(
      {
        occurredAt: '2026-11-02T21:40:00Z',
        followUps: [
          { at: '2026-11-02T23:40:00Z', distress: 5 },
          { at: '2030-01-01T00:00:00Z', distress: 3 },
          { at: '1850-01-01T00:00:00Z', distress: 3 },
        ],
      },
      NOW,
    );
    expect(problems).toEqual({ 'followUps.1.at': 'must not be in the future', 'followUps.2.at': 'must be after 1900' });
  });

  it('has nothing to check when there are no times', () => {
    expect(momentTimeProblems({}, NOW)).toEqual({});
  });
});
