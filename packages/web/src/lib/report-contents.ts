import type { Moment } from '@mend/core';
import { weekStartOf } from '../components/progress/wins-by-week';

const DAY_MS = 24 * 60 * 60 * 1000;

export const REPORT_PERIODS = ['30', '90', 'all'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export const PERIOD_LABELS: Record<ReportPeriod, string> = {
  '30': 'The last 30 days',
  '90': 'The last 90 days',
  all: 'Everything',
};

export const REPORT_PARTS = ['summary', 'moments', 'notes', 'practices', 'plan', 'wins'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

export const PART_LABELS: Record<ReportPart, string> = {
  summary: 'A summary: how often, distress over time, what soothed and what distracted',
  moments: 'Moments, as a table',
  notes: 'Notes and triggers, in the moments and practices tables',
  practices: 'Practices',
  plan: 'My safety plan',
  wins: 'Wins and milestones',
};

/** Notes stay out unless asked for: a printed page can be seen by others. */
const LEFT_OUT_AT_FIRST: readonly ReportPart[] = ['notes'];

export interface ReportChoice {
  period: ReportPeriod;
  parts: ReadonlySet<ReportPart>;
}

/** The choice lives in the address (`?period=90&leave=notes,plan`), so a reload prints the same report. */
export function reportChoiceFrom(params: URLSearchParams): ReportChoice {
  const period = REPORT_PERIODS.find((each) => each === params.get('period')) ?? '30';
  const leave = params.get('leave');
  const left = leave === null ? LEFT_OUT_AT_FIRST : leave.split(',');
  return { period, parts: new Set(REPORT_PARTS.filter((part) => !left.includes(part))) };
}

export function reportChoiceParams(choice: ReportChoice): URLSearchParams {
  const left = REPORT_PARTS.filter((part) => !choice.parts.has(part));
  return new URLSearchParams({ period: choice.period, leave: left.join(',') });
}

/** Where the period begins, or null for everything. */
export function periodStart(period: ReportPeriod, now: Date): Date | null {
  return period === 'all' ? null : new Date(now.getTime() - Number(period) * DAY_MS);
}

export interface MomentSummary {
  moments: number;
  withAfter: number;
  meanBefore: number | null;
  meanAfter: number | null;
  satWithFeeling: number;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);

/** Counts and averages over the moments of the period. "After" only over moments that have one. */
export function summariseMoments(moments: readonly Moment[]): MomentSummary {
  const withAfter = moments.filter((moment) => moment.distressAfter !== null);
  return {
    moments: moments.length,
    withAfter: withAfter.length,
    meanBefore: mean(moments.map((moment) => moment.distressBefore)),
    meanAfter: mean(withAfter.map((moment) => moment.distressAfter as number)),
    satWithFeeling: moments.filter((moment) => moment.satWithFeeling).length,
  };
}

export interface DistressWeek {
  /** The local Monday, "2026-11-02". */
  weekStart: string;
  moments: number;
  meanBefore: number;
  highest: number;
}

/** Distress over time: each local week (Monday start) with moments in it, oldest first. */
export function distressByWeek(moments: readonly Moment[], timeZone: string): DistressWeek[] {
  const weeks = new Map<string, number[]>();
  for (const moment of moments) {
    const week = weekStartOf(moment.occurredAt, timeZone);
    weeks.set(week, [...(weeks.get(week) ?? []), moment.distressBefore]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStart, values]) => ({ weekStart, moments: values.length, meanBefore: mean(values) as number, highest: Math.max(...values) }));
}

/** Keeps what happened at or after the start (everything when there is none). */
export function since<T>(items: readonly T[], start: Date | null, at: (item: T) => string): T[] {
  return start === null ? [...items] : items.filter((item) => Date.parse(at(item)) >= start.getTime());
}
