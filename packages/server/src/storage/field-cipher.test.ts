import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fieldCipher, fieldContext, open, seal, SEALED_PREFIX } from './field-cipher';

describe('field cipher (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('round-trips any text, with a fresh IV every time', () => {
    for (const text of ['', 'a note', 'ünïcödé ✓ 🌱', 'x'.repeat(5000)]) {
      const first = seal(key, 'ctx', text);
      expect(first.startsWith(SEALED_PREFIX)).toBe(true);
      expect(open(key, 'ctx', first)).toBe(text);
      expect(seal(key, 'ctx', text)).not.toBe(first);
    }
  });

  it('hides the text: nothing of it shows in the sealed value', () => {
    const sealed = seal(key, 'ctx', 'my distinctive secret');
    expect(sealed).not.toContain('distinctive');
    expect(Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64').toString('latin1')).not.toContain('distinctive');
  });

  it('does not open under another owner, table or column, or another key', () => {
    const sealed = seal(key, fieldContext('owner-a', 'moments', 'note'), 'hers');
    expect(open(key, fieldContext('owner-a', 'moments', 'note'), sealed)).toBe('hers');
    expect(() => open(key, fieldContext('owner-b', 'moments', 'note'), sealed)).toThrow(/does not decrypt/);
    expect(() => open(key, fieldContext('owner-a', 'moments', 'trigger_text'), sealed)).toThrow(/does not decrypt/);
    expect(() => open(key, fieldContext('owner-a', 'practices', 'note'), sealed)).toThrow(/does not decrypt/);
    expect(() => open(randomBytes(32), fieldContext('owner-a', 'moments', 'note'), sealed)).toThrow(/does not decrypt/);
  });

  it('refuses altered, truncated and unsealed values', () => {
    const sealed = seal(key, 'ctx', 'some text');
    const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64');
    bytes[bytes.length - 1]! ^= 1;
    expect(() => open(key, 'ctx', SEALED_PREFIX + bytes.toString('base64'))).toThrow(/does not decrypt/);
    expect(() => open(key, 'ctx', `${SEALED_PREFIX}AAAA`)).toThrow(/too short/);
    expect(() => open(key, 'ctx', 'plain text')).toThrow(/not encrypted/);
  });

  it('keeps null as null for optional fields', () => {
    const cipher = fieldCipher('owner-a', key);
    expect(cipher.sealNullable('moments', 'note', null)).toBeNull();
    expect(cipher.openNullable('moments', 'note', null)).toBeNull();
    expect(cipher.openNullable('moments', 'note', cipher.sealNullable('moments', 'note', 'kept'))).toBe('kept');
  });
});
