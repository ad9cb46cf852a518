import type { SkillKind } from '@mend/core';

/**
 * Chart colours: each at least 3:1 against the white card it sits on (WCAG 1.4.11), none red,
 * and never the only way to tell things apart (every chart has a legend in words and a table).
 */
export const KIND_COLOURS: Record<SkillKind, string> = {
  coping: '#2c6469',
  healing: '#5b4a8a',
  maladaptive: '#8c6d46',
};

export const CHART_COLOURS = {
  reliefNow: '#5a9599',
  reliefHeld: '#1f4a4e',
  outside: '#5b4a8a',
  peak: '#1f4a4e',
  bar: '#2c6469',
  axis: '#4a5358',
  grid: '#d6d2ca',
} as const;

/** Heat-map shades, lightest to darkest, each with a text colour that keeps AA contrast on it. */
export const HEAT_SHADES = [
  { background: '#ffffff', color: '#4a5358' },
  { background: '#e3efef', color: '#1d2327' },
  { background: '#b5d3d4', color: '#1d2327' },
  { background: '#6aa5a9', color: '#1d2327' },
  { background: '#2c6469', color: '#ffffff' },
] as const;

/** 0 stays unshaded; the rest spread over four shades relative to the busiest cell. */
export function heatShade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((count / max) * 4)));
}
