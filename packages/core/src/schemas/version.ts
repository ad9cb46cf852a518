import { z } from 'zod';

/**
 * The highest version number any record may have: PostgreSQL keeps versions in a 4-byte integer,
 * and past it a number no longer fits the column (nor, far beyond, counts exactly in JavaScript).
 * Every `version` and `baseVersion` in the schemas stops here with a clear 400.
 */
export const MAX_VERSION = 2_147_483_647;
export const VERSION_TOO_HIGH = `must be at most ${MAX_VERSION}`;

/** A version number from `min` (0: nothing saved yet, or 1) to MAX_VERSION. */
export function versionNumberSchema(min: 0 | 1) {
  return z
    .number({ error: 'must be a version number' })
    .int('must be a whole number')
    .min(min, `must be ${min} or more`)
    .max(MAX_VERSION, VERSION_TOO_HIGH);
}
