import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_EXPIRY_HOURS, PendingFollowUpSchema } from '../schemas/follow-ups';
import { MAX_PENDING_FOLLOW_UPS, pendingFollowUps, type FollowUpCandidate } from './pending-follow-ups';

const AS_OF = new Date('2026-11-02T22:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DELAY = 120;

const ago = (milliseconds: number) => new Date(AS_OF.getTime() - milliseconds).toISOString();

let sequence = 0;
function moment(overrides: Partial<FollowUpCandidate> = {}): FollowUpCandidate {
  sequence++;
  return {
    id: `m-${String(sequence).padStart(3, '0')}`,
    occurredAt: ago(3 * HOUR),
    distressBefore: 7,
    distressAfter: 4,
    skillIds: ['box-breathing'],
    followUps: [],
    ...overrides,
  };
}

const ids = (list: { momentId: string }[]) => list.map((entry) => entry.momentId);

describe('pendingFollowUps', () => {
  it('asks once the delay has passed, not a minute before, with dueAt = occurredAt + delay', () => {
    const due = moment({ id: 'due', occurredAt: ago(DELAY * MINUTE) });
    const early = moment({ id: 'early', occurredAt: ago(DELAY * MINUTE - MINUTE) });
    const pending = pendingFollowUps([due, early], [], AS_OF, DELAY);
    expect(pending).toEqual([
      { momentId: 'due', occurredAt: due.occurredAt, dueAt: AS_OF.toISOString(), distressBefore: 7, distressAfter: 4, skillIds: ['box-breathing'] },
    ]);
    expect(PendingFollowUpSchema.array().parse(pending)).toEqual(pending);
  });

  it(`lets a question expire ${FOLLOW_UP_EXPIRY_HOURS} h after the moment`, () => {
    const edge = moment({ id: 'edge', occurredAt: ago(FOLLOW_UP_EXPIRY_HOURS * HOUR) });
    const expired = moment({ id: 'expired', occurredAt: ago(FOLLOW_UP_EXPIRY_HOURS * HOUR + 1) });
    expect(ids(pendingFollowUps([edge, expired], [], AS_OF, DELAY))).toEqual(['edge']);
  });

  it('leaves out moments already followed up, skipped, or logged at distress 0', () => {
    const answered = moment({ id: 'answered', followUps: [{ at: ago(HOUR), distress: 3 }] });
    const skipped = moment({ id: 'skipped' });
    const calm = moment({ id: 'calm', distressBefore: 0, distressAfter: null });
    const open = moment({ id: 'open', distressAfter: null, skillIds: [] });
    expect(ids(pendingFollowUps([answered, skipped, calm, open], [{ momentId: 'skipped' }], AS_OF, DELAY))).toEqual(['open']);
  });

  it('ignores moments dated after asOf', () => {
    expect(pendingFollowUps([moment({ occurredAt: new Date(AS_OF.getTime() + HOUR).toISOString() })], [], AS_OF, 15)).toEqual([]);
  });

  it(`lists the newest first, at most ${MAX_PENDING_FOLLOW_UPS}`, () => {
    const moments = Array.from({ length: 8 }, (_, index) => moment({ id: `n-${index}`, occurredAt: ago((3 + index) * HOUR) }));
    expect(ids(pendingFollowUps(moments, [], AS_OF, DELAY))).toEqual(['n-0', 'n-1', 'n-2', 'n-3', 'n-4']);
  });

  it('compares instants, not spellings, for times with an offset', () => {
    const withOffset = moment({ id: 'offset', occurredAt: '2026-11-02T21:00:00+01:00' }); // 20:00Z, 2 h before asOf
    expect(pendingFollowUps([withOffset], [], AS_OF, DELAY)[0]?.dueAt).toBe('2026-11-02T22:00:00.000Z');
    expect(pendingFollowUps([withOffset], [], AS_OF, DELAY + 1)).toEqual([]);
  });

  it('does not depend on the order of its input', () => {
    const pool = Array.from({ length: 12 }, (_, index) =>
      moment({ id: `p-${index}`, occurredAt: ago((index % 4) * 20 * HOUR + 3 * HOUR), followUps: index % 5 === 0 ? [{ at: ago(HOUR), distress: 1 }] : [] }),
    );
    const expected = pendingFollowUps(pool, [{ momentId: 'p-3' }], AS_OF, DELAY);
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
        expect(pendingFollowUps(shuffled, [{ momentId: 'p-3' }], AS_OF, DELAY)).toEqual(expected);
      }),
    );
  });
});
