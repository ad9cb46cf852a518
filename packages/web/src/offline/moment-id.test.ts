import { IdSchema } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { newMomentId } from './moment-id';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newMomentId', () => {
  it('uses crypto.randomUUID when the browser has it', () => {
    expect(newMomentId({ randomUUID: () => 'from-random-uuid', getRandomValues: (array) => array })).toBe('from-random-uuid');
  });

  it('builds a v4 UUID from getRandomValues where randomUUID is missing (plain HTTP)', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newMomentId({ getRandomValues: (array) => crypto.getRandomValues(array) })));
    expect(ids.size).toBe(200);
    for (const id of ids) {
      expect(id).toMatch(V4);
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    const filled = (byte: number) => ({ getRandomValues: <T extends ArrayBufferView | null>(array: T) => ((array as unknown as Uint8Array).fill(byte), array) });
    expect(newMomentId(filled(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newMomentId(filled(0))).toBe('00000000-0000-4000-8000-000000000000');
  });
});
