import type { Classification, CustomSkillFiling } from '@mend/core';

export interface SkillFilings {
  custom: CustomSkillFiling[];
  classifications: Classification[];
}

/** Enough for every active person on a home server, bounded for a big one. */
const LIMIT = 1000;

/**
 * How each person filed their skills, as last read by this process, under the person's
 * skill_filings_version at the time of reading. A request whose sign-in lookup read the same
 * version may use it: every change to the filings moves the version in the same transaction, so
 * what was read after seeing a version is at least that fresh. Anything else reads again.
 */
export class SkillFilingsCache {
  readonly #entries = new Map<string, { version: number; filings: SkillFilings }>();

  get(ownerId: string, version: number): SkillFilings | undefined {
    const entry = this.#entries.get(ownerId);
    if (!entry || entry.version !== version) return undefined;
    // Re-inserted so the map's order is least recently used first.
    this.#entries.delete(ownerId);
    this.#entries.set(ownerId, entry);
    return entry.filings;
  }

  set(ownerId: string, version: number, filings: SkillFilings): void {
    this.#entries.delete(ownerId);
    this.#entries.set(ownerId, { version, filings });
    if (this.#entries.size > LIMIT) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
