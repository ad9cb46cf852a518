import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api-problem';
import { decodeCursor, encodeCursor } from './cursor';

describe('moment cursors', () => {
  it('round-trips a position', () => {
    const position = { occurredAt: '2026-11-02T21:40:00.000Z', id: 'abc-123' };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each(['', 'not-a-cursor', encodeCursor({ occurredAt: 'yesterday', id: 'a' }), encodeCursor({ occurredAt: '2026-11-02T21:40:00.000Z', id: 'has space' })])(
    'refuses %j naming the cursor field',
    (cursor) => {
      try {
        decodeCursor(cursor);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ApiProblem);
        expect((error as ApiProblem).fields).toHaveProperty('cursor');
      }
    },
  );
});
