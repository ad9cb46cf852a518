import { InsightsSchema, LoggedMomentSchema, MomentSchema, PendingFollowUpsSchema } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isPlainData, serializeResponse } from './response-serializer';

const serializer = (schema: z.ZodType) => serializeResponse({ schema, method: 'GET', url: '/test', httpStatus: '200' });

describe('response serializer', () => {
  it('counts a schema as plain data only when parsing cannot change a value', () => {
    const tree: z.ZodType = z.lazy(() => z.object({ name: z.string(), children: z.array(tree) }));
    expect(isPlainData(z.strictObject({ id: z.string().min(1), n: z.int().nullable(), tags: z.array(z.enum(['a'])), at: z.iso.datetime().optional() }))).toBe(true);
    expect(isPlainData(z.union([z.literal(1), z.tuple([z.string()]), z.record(z.string(), z.number())]))).toBe(true);
    expect(isPlainData(tree)).toBe(true);
    expect(isPlainData(z.object({ name: z.string().trim() }))).toBe(false);
    expect(isPlainData(z.object({ n: z.number().default(1) }))).toBe(false);
    expect(isPlainData(z.object({ n: z.string().transform(Number) }))).toBe(false);
    expect(isPlainData(z.array(z.string().pipe(z.string())))).toBe(false);
    expect(isPlainData(z.object({ at: z.date() }))).toBe(false);
  });

  it('keeps the hot answers on the fast path', () => {
    for (const schema of [LoggedMomentSchema, MomentSchema, InsightsSchema, PendingFollowUpsSchema]) expect(isPlainData(schema)).toBe(true);
  });

  it('answers like encoding would: unknown keys dropped, a wrong answer refused, defaults and transforms applied by encode', () => {
    const plain = serializer(z.object({ id: z.string() }));
    expect(plain({ id: 'a', passwordHash: 'never sent' })).toBe('{"id":"a"}');
    expect(() => plain({ id: 1 })).toThrow();
    const withDefault = serializer(z.object({ id: z.string(), tags: z.array(z.string()).default([]) }));
    expect(withDefault({ id: 'a', tags: ['x'] })).toBe(JSON.stringify(z.encode(z.object({ id: z.string(), tags: z.array(z.string()).default([]) }), { id: 'a', tags: ['x'] })));
  });
});
