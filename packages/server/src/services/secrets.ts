import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe: for session cookies and personal access tokens. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Secrets are stored only as their SHA-256. A fast hash is enough here (unlike passwords):
 * the secrets are 256 random bits, so there is nothing to guess.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** 40 random bits as lowercase hex: the part of an own skill's id that says nothing about it. */
export function randomIdPart(): string {
  return randomBytes(5).toString('hex');
}
