import { SHARE_SCOPES, type ShareScope } from '@mend/core';

/** Kept in SHARE_SCOPES order, whatever order they were chosen in. */
export function writeScopes(scopes: readonly ShareScope[]): string {
  return JSON.stringify(SHARE_SCOPES.filter((scope) => scopes.includes(scope)));
}

/** Anything unreadable shares nothing rather than everything. */
export function readScopes(stored: string): ShareScope[] {
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? SHARE_SCOPES.filter((scope) => parsed.includes(scope)) : [];
  } catch {
    return [];
  }
}
