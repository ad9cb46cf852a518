import { z } from 'zod';
import { TimestampSchema } from '../schemas/moment';
import { SkillIdSchema, SkillKindSchema } from '../schemas/skill';
import { zoneFormat } from './local-time';

/** See docs/insights.md for the method and every threshold behind these fields. */

export const VERDICTS = ['soothes', 'distracts', 'no-clear-effect', 'not-enough-data'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

export const CertaintySchema = z.enum(['low', 'medium', 'high']);
export type Certainty = z.infer<typeof CertaintySchema>;

export const TrendSchema = z.enum(['falling', 'steady', 'rising', 'not-enough-data']);
export type Trend = z.infer<typeof TrendSchema>;

const nullableNumber = z.number().nullable();

/** Why a skill got its verdict; see docs/insights.md. */
export const VERDICT_REASONS = [
  'too-few-after-values', 'too-few-follow-ups', 'no-clear-relief', 'trigger-returned',
  'relief-held', 'relief-faded', 'relief-partly-held',
] as const;
export const VerdictReasonSchema = z.enum(VERDICT_REASONS);
export type VerdictReason = z.infer<typeof VerdictReasonSchema>;

/**
 * One skill's effect, from the moments it was used in (all of them up to asOf). A moment that
 * names several skills counts, whole, for each of them.
 */
export const SkillEffectSchema = z.strictObject({
  skillId: SkillIdSchema,
  kind: SkillKindSchema,
  /** Moments that name this skill. */
  uses: z.number().int(),
  /** …of which have a distress-after value. */
  usesWithAfter: z.number().int(),
  /** Mean of (before − after) over usesWithAfter. */
  meanRelief: nullableNumber,
  /** Sample standard deviation (n − 1) of that relief; null below 2 values. */
  reliefSpread: nullableNumber,
  /** Relief shrunk toward the person's overall mean relief (small samples claim less): (Σ relief + 3 · overall) ÷ (n + 3). */
  shrunkRelief: nullableNumber,
  /** A 90% interval for the mean relief (Student's t, spread at least 1 point); null below 2 values. */
  reliefInterval: z.strictObject({ low: z.number(), high: z.number() }).nullable(),
  /** Uses with a distress-after and at least one follow-up within 48 h. */
  usesWithFollowUp: z.number().int(),
  /**
   * Share of the immediate relief still there at the last follow-up, over usesWithFollowUp:
   * Σ (before − follow-up) ÷ Σ (before − after), kept within 0…1 (1 = all of it held).
   * Null when those uses had no relief to hold.
   */
  meanHeld: nullableNumber,
  /** Mean rise from distress-after to the last follow-up (positive = it came back). */
  meanRebound: nullableNumber,
  /** Day-old uses with a trigger tag that were followed within 24 h by another moment with one of the same tags. */
  sameTriggerWithinDay: z.number().int(),
  /** Added: day-old uses with a trigger tag (what sameTriggerWithinDay counts among). Always set by the engine. */
  usesWithTrigger: z.number().int().optional(),
  /** Added: how many of those the person's own history would lead one to expect (see docs). Always set by the engine. */
  usualSameTriggerWithinDay: z.number().optional(),
  verdict: VerdictSchema,
  /** Added: which rule decided the verdict. Always set by the engine. */
  reason: VerdictReasonSchema.optional(),
  /** How sure the verdict is; null with not-enough-data. */
  certainty: CertaintySchema.nullable(),
});
export type SkillEffect = z.infer<typeof SkillEffectSchema>;

export const RelianceEntrySchema = z.strictObject({
  skillId: SkillIdSchema,
  kind: SkillKindSchema,
  /** Moments in the window that name this skill. */
  uses: z.number().int(),
  /** uses ÷ moments in the window. */
  share: z.number(),
  /** share ≥ 0.6 with at least 8 moments in the window. */
  onlyWay: z.boolean(),
});
export type RelianceEntry = z.infer<typeof RelianceEntrySchema>;

/** weekStart: the Monday that begins the week, as a local date ("2026-11-16") in the time zone asked for. */
export const WeekShareSchema = z.strictObject({ weekStart: z.string(), share: nullableNumber });
export type WeekShare = z.infer<typeof WeekShareSchema>;

export const RelianceSchema = z.strictObject({
  windowDays: z.number().int(),
  /** Moments in the window. */
  moments: z.number().int(),
  /** Moments in the window that name at least one skill. */
  momentsWithSkills: z.number().int(),
  distinctSkills: z.number().int(),
  /** Inverse Simpson index of skill uses: how many skills the toolkit effectively spreads over. */
  effectiveSkills: nullableNumber,
  skills: z.array(RelianceEntrySchema),
  /** Share of skill uses that were maladaptive, for each of the 12 weeks (oldest first, the current week so far last). */
  maladaptiveShareByWeek: z.array(WeekShareSchema),
  /** That share rose in each of the last 4 complete weeks, each with at least 3 skill uses. */
  maladaptiveRising: z.boolean(),
  /** True when any skill is the only way, or maladaptive share has risen four weeks running. */
  onlyWay: z.boolean(),
});
export type Reliance = z.infer<typeof RelianceSchema>;

export const TagCountSchema = z.strictObject({ tag: z.string(), count: z.number().int() });
export type TagCount = z.infer<typeof TagCountSchema>;

/** Over all moments up to asOf. */
export const WhenYouCopeSchema = z.strictObject({
  /** counts[weekday][hour]; weekday 0 = Monday, in the time zone the insights were asked for. */
  weekdayHour: z.array(z.array(z.number().int())),
  /** At most 8 each, most frequent first, ties alphabetical. */
  topTriggers: z.array(TagCountSchema),
  topContexts: z.array(TagCountSchema),
});
export type WhenYouCope = z.infer<typeof WhenYouCopeSchema>;

/** Listed only when the later half is not at least 0.5 lower than the earlier half (distress not falling). */
export const RecurringTriggerSchema = z.strictObject({
  tag: z.string(),
  /** Moments with this trigger tag in the last 4 weeks (28 days); at least 4. */
  count: z.number().int(),
  /** Mean distress (before) in the older and the newer half of those moments; with an odd count the middle one is in neither. */
  earlierMeanDistress: z.number(),
  laterMeanDistress: z.number(),
  /** Up to 3 of the person's healing skills that fit this kind of trigger; never one meant for a therapist first. */
  suggestedSkillIds: z.array(SkillIdSchema),
});
export type RecurringTrigger = z.infer<typeof RecurringTriggerSchema>;

/** Uses: each skill a moment names counts once, by the kind the person gave it; practices count by their skill's kind. */
export const BalanceWeekSchema = z.strictObject({
  /** Local date of the week's Monday. */
  weekStart: z.string(),
  copingUses: z.number().int(),
  healingUses: z.number().int(),
  maladaptiveUses: z.number().int(),
});
export type BalanceWeek = z.infer<typeof BalanceWeekSchema>;

export const BalanceSchema = z.strictObject({
  /** 12 weeks, oldest first, the current week so far last. */
  weeks: z.array(BalanceWeekSchema),
  /** Trend of the healing share of uses over the complete weeks: rising = more healing. */
  healingTrend: TrendSchema,
});
export type Balance = z.infer<typeof BalanceSchema>;

export const WindowWeekSchema = z.strictObject({
  /** Local date of the week's Monday. */
  weekStart: z.string(),
  moments: z.number().int(),
  /** Moments with distress ≥ 8 or arousal hypo. */
  outside: z.number().int(),
  share: nullableNumber,
  /** Highest distress (before) that week. */
  peakDistress: z.number().int().nullable(),
});
export type WindowWeek = z.infer<typeof WindowWeekSchema>;

export const WindowOfToleranceSchema = z.strictObject({
  /** 12 weeks, oldest first, the current week so far last. */
  weeks: z.array(WindowWeekSchema),
  /** Trend of the weekly peak over the complete weeks. */
  peakTrend: TrendSchema,
});
export type WindowOfTolerance = z.infer<typeof WindowOfToleranceSchema>;

export const CopingNotEnoughSchema = z.strictObject({
  windowDays: z.number().int(),
  /** Moments in the window still at ≥ 7 after two or more skills (distress-after, or the first follow-up when there is none). */
  count: z.number().int(),
  suggestReachingOut: z.boolean(),
});
export type CopingNotEnough = z.infer<typeof CopingNotEnoughSchema>;

export const WinsSchema = z.strictObject({
  /** Moments the person stayed with the feeling (all time, and in the last 30 days). */
  satWithFeeling: z.number().int(),
  satWithFeelingRecent: z.number().int(),
  /** Maladaptive skills used in the earlier half of the history but not in the last 4 weeks, while adaptive use went on. */
  easedOffSkillIds: z.array(SkillIdSchema),
  /** windowOfTolerance.peakTrend is falling. */
  fallingPeaks: z.boolean(),
  /** Skills whose verdict is soothes, in skillEffects order. */
  soothingSkillIds: z.array(SkillIdSchema),
});
export type Wins = z.infer<typeof WinsSchema>;

export const InsightsSchema = z.strictObject({
  asOf: TimestampSchema,
  timeZone: z.string(),
  /** Moments at or before asOf. */
  moments: z.number().int(),
  skillEffects: z.array(SkillEffectSchema),
  reliance: RelianceSchema,
  whenYouCope: WhenYouCopeSchema,
  recurringTriggers: z.array(RecurringTriggerSchema),
  balance: BalanceSchema,
  windowOfTolerance: WindowOfToleranceSchema,
  copingNotEnough: CopingNotEnoughSchema,
  wins: WinsSchema,
});
export type Insights = z.infer<typeof InsightsSchema>;

/** An IANA time zone name, e.g. "Europe/Dublin", as a query or body field. */
export const TimeZoneSchema = z
  .string()
  .max(64, 'must be at most 64 characters')
  .refine(isTimeZone, 'must be a time zone like "Europe/Dublin" or "UTC"');

export const InsightsQuerySchema = z.strictObject({
  asOf: TimestampSchema.optional(),
  /** IANA time zone for weekday × hour and week boundaries, e.g. "Europe/Dublin". Default UTC. */
  timeZone: TimeZoneSchema.optional(),
});

export function isTimeZone(name: string): boolean {
  try {
    // The formatter insights will use anyway: made once per zone and kept.
    zoneFormat(name);
    return true;
  } catch {
    return false;
  }
}
