import { describe, expect, it } from 'vitest';
import { createRandom } from './prng';

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
  });

  it('gives another sequence for another seed', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('keeps int within its bounds and reaches both ends', () => {
    const random = createRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('accepts seeds that are not 32-bit integers', () => {
    expect(() => createRandom(2 ** 40 + 0.5).next()).not.toThrow();
    expect(createRandom(Number.NaN).next()).toBe(createRandom(0).next());
  });

  it('samples distinct items', () => {
    const sample = createRandom(3).sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
  });

  it('never picks a zero-weight item', () => {
    const random = createRandom(9);
    for (let i = 0; i < 200; i++) expect(random.weighted([['never', 0], ['always', 1]])).toBe('always');
  });
});
