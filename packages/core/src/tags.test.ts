import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TAG_LENGTH, TAG_PATTERN, normalizeTag } from './tags';

describe('normalizeTag', () => {
  it.each([
    ['Work conflict ', 'work-conflict'],
    ['  work   CONFLICT  ', 'work-conflict'],
    ['work_conflict!!', 'work-conflict'],
    ['--home--', 'home'],
    ['Ärger im Büro', 'ärger-im-büro'],
    ['Été', 'été'],
    ['日本語 タグ', '日本語-タグ'],
    ['ＷＯＲＫ', 'work'],
    ['late night #2', 'late-night-2'],
    ['', ''],
    ['   ', ''],
    ['!?!', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeTag(raw)).toBe(expected);
  });

  it('keeps one spelling for composed and decomposed accents', () => {
    expect(normalizeTag('cafe\u0301')).toBe(normalizeTag('café'));
  });

  it(`cuts at ${MAX_TAG_LENGTH} characters without leaving a trailing dash`, () => {
    const tag = normalizeTag(`${'a'.repeat(39)} bcd`);
    expect(tag).toBe('a'.repeat(39));
    expect(normalizeTag('x'.repeat(100))).toHaveLength(MAX_TAG_LENGTH);
  });

  it('does not split a character outside the BMP in half at the cut', () => {
    // U+20000 is one character but two UTF-16 units; the cut falls between them.
    const tag = normalizeTag(`${'a'.repeat(39)}\u{20000}`);
    expect(tag).toBe('a'.repeat(39));
    expect(TAG_PATTERN.test(tag)).toBe(true);
    expect(normalizeTag(`${'a'.repeat(38)}\u{20000}`)).toBe(`${'a'.repeat(38)}\u{20000}`);
  });

  const tricky = fc.constantFrom(
    'a', 'Z', ' ', '-', '_', 'é', 'e\u0301', 'İ', 'ß', '日', '𝐀', '😀', 'ǅ', 'Σ', '\u{20000}', '\u{10400}', '\uFA6C',
  );
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    // Long enough to reach the cut at MAX_TAG_LENGTH, where surrogate pairs can be split.
    fc.string({ unit: tricky, minLength: 20, maxLength: 60 }),
  );

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = normalizeTag(raw);
        expect(normalizeTag(once)).toBe(once);
      }),
    );
  });

  it('yields a valid tag or nothing', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const tag = normalizeTag(raw);
        expect(tag === '' || TAG_PATTERN.test(tag)).toBe(true);
        expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
      }),
    );
  });
});
