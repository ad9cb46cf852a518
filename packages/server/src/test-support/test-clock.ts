/** A clock tests move by hand, so expiry and "future" checks do not depend on the real date. */
export interface TestClock {
  now(): Date;
  set(iso: string): void;
  advance(milliseconds: number): void;
}

export const FIXED_NOW = '2026-11-02T22:00:00.000Z';

export function createClock(start: string = FIXED_NOW): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso);
    },
    advance: (milliseconds) => {
      current = new Date(current.getTime() + milliseconds);
    },
  };
}
