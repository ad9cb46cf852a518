import { MomentCreateSchema } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { issuesToFields, UNKNOWN_FIELD } from './zod-problems';

const fieldsFor = (input: unknown) => {
  const result = MomentCreateSchema.safeParse(input);
  if (result.success) throw new Error('expected a problem');
  return issuesToFields(result.error.issues);
};

describe('issuesToFields', () => {
  it('names nested fields by dotted path', () => {
    expect(fieldsFor({ distressBefore: 11, followUps: [{ at: 'soon', distress: 2 }] })).toEqual({
      distressBefore: 'must be a whole number from 0 to 10',
      'followUps.0.at': 'must be a date and time like 2026-11-02T21:40:00Z',
    });
  });

  it('names unknown keys as fields', () => {
    expect(fieldsFor({ distressBefore: 3, mood: 'ok', followUps: [{ at: '2026-01-01T00:00:00Z', distress: 1, x: 1 }] })).toEqual({
      mood: UNKNOWN_FIELD,
      'followUps.0.x': UNKNOWN_FIELD,
    });
  });

  it('names unknown keys that are also the names of object built-ins (found by the request fuzzer)', () => {
    const fields = fieldsFor(JSON.parse('{"distressBefore": 3, "__proto__": 1, "constructor": 2, "toString": 3}'));
    expect(Object.entries(fields)).toEqual([['__proto__', UNKNOWN_FIELD], ['constructor', UNKNOWN_FIELD], ['toString', UNKNOWN_FIELD]]);
  });

  it('says in plain words when the whole body has the wrong shape', () => {
    expect(fieldsFor('hello')).toEqual({ body: 'must be a JSON object' });
    expect(fieldsFor([1])).toEqual({ body: 'must be a JSON object' });
  });

  it('keeps only the first problem per field', () => {
    const fields = issuesToFields([
      { code: 'custom', path: ['a'], message: 'first' },
      { code: 'custom', path: ['a'], message: 'second' },
    ]);
    expect(fields).toEqual({ a: 'first' });
  });
});
