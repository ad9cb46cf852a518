import { MAX_VERSION } from '@mend/core';
import { ApiProblem } from '../api-problem';

/**
 * The version after `current`. A record already at MAX_VERSION (only an imported file can put it
 * there) is refused with 409 and left as it is: one more would not fit the column on PostgreSQL,
 * and keeping the number would let two edits from the same version both land.
 */
export function nextVersion(what: string, current: number): number {
  if (current < MAX_VERSION) return current + 1;
  throw new ApiProblem(
    409,
    'version_limit',
    `This ${what} is at the highest version number Mend keeps (${MAX_VERSION}), so it cannot be changed any more. Nothing was saved.`,
    { version: `is at the highest Mend keeps, ${MAX_VERSION}` },
  );
}
