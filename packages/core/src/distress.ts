/**
 * Plain-words anchors for each distress level (0–10), in the spirit of a SUDS scale.
 * Short enough to read when it is hard to read.
 */
export const DISTRESS_ANCHORS = [
  { level: 0, label: 'Calm, at ease' },
  { level: 1, label: 'Settled, barely anything' },
  { level: 2, label: 'A little unsettled' },
  { level: 3, label: 'Bothered, still fine' },
  { level: 4, label: 'Uneasy, I notice it' },
  { level: 5, label: 'Hard, but I can think' },
  { level: 6, label: 'Hard to focus on anything else' },
  { level: 7, label: 'Very hard, it takes over' },
  { level: 8, label: 'Overwhelming' },
  { level: 9, label: 'Close to unbearable' },
  { level: 10, label: 'The worst I can imagine' },
] as const;

export const MIN_DISTRESS = 0;
export const MAX_DISTRESS = 10;

/** From this level on, Mend mentions who can help in a line beside what it shows. The full-screen offer has its own rule: safety/crisis-offer.ts. */
export const GENTLE_HELP_LEVEL = 9;

export function distressLabel(level: number): string {
  return DISTRESS_ANCHORS.find((anchor) => anchor.level === level)?.label ?? '';
}
