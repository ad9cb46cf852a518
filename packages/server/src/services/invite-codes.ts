import { randomBytes } from 'node:crypto';
import { hashSecret } from './secrets';

/** Crockford's base32: no I, L, O or U, so a code read out or typed by hand is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 160 random bits: 32 characters, shown in groups of four. */
const CODE_BYTES = 20;

export function newInviteCode(): string {
  const bytes = randomBytes(CODE_BYTES);
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return text.match(/.{1,4}/g)!.join('-');
}

/**
 * What is stored and looked up: the code as typed, without spaces or dashes, in capitals, with the
 * letters people confuse read as the digits they look like (Crockford's rule).
 */
export function inviteCodeHash(code: string): string {
  const normalised = code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return hashSecret(`share-invite:${normalised}`);
}
