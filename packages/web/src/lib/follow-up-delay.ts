import { DEFAULT_FOLLOW_UP_DELAY_MINUTES } from '@mend/core';

/** The delays Settings offers; the API takes any whole number of minutes from 15 to 1440. */
export const FOLLOW_UP_DELAY_CHOICES = [30, 60, 120, 180, 240, 480] as const;

/** 30 → "30 min", 120 → "2 h", 90 → "1 h 30 min". */
export function delayLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 ? `${hours} h` : '', rest > 0 ? `${rest} min` : ''].filter(Boolean);
  const label = parts.join(' ');
  return minutes === DEFAULT_FOLLOW_UP_DELAY_MINUTES ? `${label} (default)` : label;
}

/** The offered delays, plus the saved one if it was set elsewhere (the CLI, the API) to something else. */
export function delayChoices(current: number | undefined): number[] {
  const choices: number[] = [...FOLLOW_UP_DELAY_CHOICES];
  if (current !== undefined && !choices.includes(current)) choices.push(current);
  return choices.sort((a, b) => a - b);
}
