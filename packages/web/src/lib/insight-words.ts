import { insightsThresholds, type Certainty, type Insights, type SkillEffect, type Trend, type Verdict } from '@mend/core';

/**
 * The Insights page's words, apart from its markup so they can be read and tested on their own.
 * Nothing here judges: a finding says what the numbers show and stops there.
 */

type Names = readonly string[];

export function listWords(names: Names): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(names);
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** One decimal, without a trailing ".0": 2 → "2", 2.345 → "2.3". */
export function points(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

export function moments(count: number): string {
  return count === 1 ? '1 moment' : `${count} moments`;
}

/** What a tool does, said after its name: "Box breathing soothes you: …". */
export const VERDICT_WORDS: Record<Verdict, string> = {
  soothes: 'soothes you: the relief mostly lasts',
  distracts: 'gives relief now that tends to fade',
  'no-clear-effect': 'has shown no clear effect so far',
  'not-enough-data': 'needs a few more moments to say',
};

/** The same, a little more exact where the engine says which rule decided. */
export function verdictLine(effect: SkillEffect): string {
  switch (effect.reason) {
    case 'trigger-returned': return 'gives relief now, though the same trigger tends to come back within a day';
    case 'relief-partly-held': return 'gives relief that partly lasts';
    case 'no-clear-relief': return 'has shown no clear relief so far';
    default: return VERDICT_WORDS[effect.verdict];
  }
}

/** The engine's own thresholds (docs/insights.md): below these, Mend does not say. */
export const NEEDS_AFTER_VALUES = insightsThresholds.MIN_USES_WITH_AFTER;
export const NEEDS_CHECK_INS = insightsThresholds.MIN_FOLLOW_UPS;

/** For a not-enough-data skill: what is still missing, counted. */
export function stillNeeded(effect: SkillEffect): string {
  if (effect.reason === 'too-few-follow-ups') {
    return `relief right after; ${effect.usesWithFollowUp} of ${NEEDS_CHECK_INS} check-ins so far to tell whether it lasts`;
  }
  return `${Math.min(effect.usesWithAfter, NEEDS_AFTER_VALUES)} of ${NEEDS_AFTER_VALUES} with an ‘after’ number so far`;
}

/** At most three names, then how many more: a sentence a tired person can still read. */
export function someNames(names: Names, most = 3): string {
  if (names.length <= most) return listWords(names);
  const rest = names.length - (most - 1);
  return listWords([...names.slice(0, most - 1), `${rest} more`]);
}

/** Weekly series run for a fixed number of weeks: leave out the empty ones before the first moment. */
export function fromFirstActive<Week>(weeks: readonly Week[], active: (week: Week) => boolean): Week[] {
  const first = weeks.findIndex(active);
  return first < 0 ? [] : weeks.slice(first);
}

export const CERTAINTY_WORDS: Record<Certainty, string> = {
  low: 'still a hunch',
  medium: 'fairly clear',
  high: 'clear',
};

/** Soothes first, then relief that fades, then no clear effect; not-enough-data last. */
const VERDICT_ORDER: Record<Verdict, number> = { soothes: 0, distracts: 1, 'no-clear-effect': 2, 'not-enough-data': 3 };

export function sortedEffects(effects: readonly SkillEffect[]): SkillEffect[] {
  return [...effects].sort((a, b) =>
    VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]
    || (b.meanRelief ?? -Infinity) - (a.meanRelief ?? -Infinity)
    || b.uses - a.uses);
}

/** Relief still there at the last check-in, in points: the immediate relief times the share that held. */
export function heldRelief(effect: SkillEffect): number | null {
  if (effect.meanRelief === null || effect.meanHeld === null) return null;
  return Math.max(0, effect.meanRelief * effect.meanHeld);
}

export function whatHelpsSentence(effects: readonly SkillEffect[], name: (id: string) => string): string {
  const named = (verdict: Verdict) => effects.filter((effect) => effect.verdict === verdict).map((effect) => name(effect.skillId));
  const soothing = named('soothes');
  const fading = named('distracts');
  const parts: string[] = [];
  if (soothing.length > 0) parts.push(`${someNames(soothing)} ${soothing.length === 1 ? 'seems' : 'seem'} to soothe you: the relief mostly lasts.`);
  if (fading.length > 0) parts.push(`${someNames(fading)} ${fading.length === 1 ? 'gives' : 'give'} relief now that tends to fade.`);
  if (parts.length === 0) parts.push('No tool stands out yet: so far the numbers point no clear way.');
  return parts.join(' ');
}

export { WHAT_HELPS_NEEDS } from './insight-needs';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Three-hour blocks of the day: 24 columns would be too many to read, on a phone or by ear. */
export const HOUR_BLOCKS = [
  { start: 0, name: 'late night' },
  { start: 3, name: 'early hours' },
  { start: 6, name: 'early morning' },
  { start: 9, name: 'morning' },
  { start: 12, name: 'early afternoon' },
  { start: 15, name: 'late afternoon' },
  { start: 18, name: 'evening' },
  { start: 21, name: 'late evening' },
] as const;

const hour = (value: number) => `${String(value).padStart(2, '0')}:00`;
export const blockRange = (start: number) => `${hour(start)}–${hour(start + 3)}`;

/** counts[weekday][hour] folded into counts[weekday][block]. */
export function weekdayBlocks(weekdayHour: readonly (readonly number[])[]): number[][] {
  return WEEKDAYS.map((_, day) => HOUR_BLOCKS.map(({ start }) =>
    [0, 1, 2].reduce((sum, offset) => sum + (weekdayHour[day]?.[start + offset] ?? 0), 0)));
}

const indexOfMax = (values: readonly number[]) => values.reduce((best, value, index) => (value > (values[best] ?? -1) ? index : best), 0);

export function hardestSentence(blocks: readonly (readonly number[])[]): string | null {
  const dayTotals = blocks.map((row) => row.reduce((sum, count) => sum + count, 0));
  const total = dayTotals.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const blockTotals = HOUR_BLOCKS.map((_, block) => blocks.reduce((sum, row) => sum + (row[block] ?? 0), 0));
  const block = HOUR_BLOCKS[indexOfMax(blockTotals)]!;
  const day = WEEKDAYS[indexOfMax(dayTotals)]!;
  return `Hard moments come most often in the ${block.name} (${blockRange(block.start)}), and more on ${day}s than on other days.`;
}

/** "work-conflict" → "work conflict": tags read as words. */
export function tagWords(tag: string): string {
  return tag.replace(/[-_]+/g, ' ');
}

/** A week's start ("2026-11-02") as "2 Nov". */
export function weekLabel(weekStart: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(weekStart);
  if (!match) return weekStart;
  // Noon UTC keeps the calendar date the same in every time zone.
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(`${match[1]}-${match[2]}-${match[3]}T12:00:00Z`));
}

export function balanceSentence(trend: Trend): string {
  switch (trend) {
    case 'rising': return 'Healing practice has been taking a bigger share of what you do.';
    case 'falling': return 'Healing practice has had a smaller share lately. Stepping back into coping is always allowed: it keeps you steady enough to heal.';
    case 'steady': return 'The mix of coping and healing has stayed about the same lately.';
    case 'not-enough-data': return 'A few more weeks will show which way the balance is moving.';
  }
}

export function windowSentence(window: Insights['windowOfTolerance']): string | null {
  const shown = fromFirstActive(window.weeks, (week) => week.moments > 0);
  const total = shown.reduce((sum, week) => sum + week.moments, 0);
  if (total === 0) return null;
  const outside = shown.reduce((sum, week) => sum + week.outside, 0);
  const weeks = shown.length === 1 ? 'this week' : `the last ${shown.length} weeks`;
  const share = `Over ${weeks}, ${outside === 0 ? 'none' : percent(outside / total)} of your moments were outside your window.`;
  const peaks: Record<Trend, string> = {
    falling: ' Your hardest moments have been getting a little less hard.',
    rising: ' Your hardest moments have been harder lately; go gently with yourself.',
    steady: ' Your hardest moments have stayed about as hard.',
    'not-enough-data': '',
  };
  return share + peaks[window.peakTrend];
}
