import { z } from 'zod';
import { versionNumberSchema } from './version';
import { isTimeZone } from '../insights/insights-schema';
import { TimestampSchema } from './moment';
import { SkillIdSchema, SkillKindSchema } from './skill';

export const MAX_PATH_AREAS = 7;

/** Weekdays as Monday = 0 … Sunday = 6, like the insights' week grid. */
export const WeekdaySchema = z
  .number({ error: 'must be a weekday number (0 = Monday … 6 = Sunday)' })
  .int('must be a weekday number (0 = Monday … 6 = Sunday)')
  .min(0, 'must be a weekday number (0 = Monday … 6 = Sunday)')
  .max(6, 'must be a weekday number (0 = Monday … 6 = Sunday)');

export const TimeOfDaySchema = z.string({ error: 'must be a time like "19:30"' }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a time like "19:30"');

/** When the person plans to practise: for in-app reminders, notifications and the calendar feed. */
export const PracticePlanSchema = z.strictObject({
  weekdays: z
    .array(WeekdaySchema, { error: 'must be a list of weekdays' })
    .max(7, 'must have at most 7 weekdays')
    .refine((days) => new Set(days).size === days.length, 'must not list the same weekday twice'),
  time: TimeOfDaySchema,
  /** IANA time zone the time is in. */
  timeZone: z.string({ error: 'must be a time zone' }).max(64, 'must be at most 64 characters').refine(isTimeZone, 'must be a time zone like "Europe/Dublin" or "UTC"'),
  /** Show browser notifications at the planned time (the browser asks the person too). */
  notify: z.boolean({ error: 'must be true or false' }),
});
export type PracticePlan = z.infer<typeof PracticePlanSchema>;

export const PaceSchema = z.strictObject({
  practicesPerWeek: z
    .number({ error: 'must be a number of practices' })
    .int('must be a whole number')
    .min(1, 'must be from 1 to 7')
    .max(7, 'must be from 1 to 7'),
});
export type Pace = z.infer<typeof PaceSchema>;

/** One chosen area and how far the person has gone in it. */
export const PathAreaStateSchema = z.strictObject({
  areaId: SkillIdSchema,
  /** 0 = the gentlest layer. */
  layer: z.number().int().min(0),
  startedAt: TimestampSchema,
  layerStartedAt: TimestampSchema,
  /**
   * The deepest layer the person has reached in this area since choosing it, and when they first
   * reached it (null while that is still the gentlest). Going back to a gentler layer keeps both:
   * a step deeper, once taken, stays taken.
   */
  deepestLayer: z.number().int().min(0),
  deepestLayerAt: TimestampSchema.nullable(),
});
export type PathAreaState = z.infer<typeof PathAreaStateSchema>;

/** What the path stores; everything else in the answer is worked out from it. */
export const PathStateSchema = z.strictObject({
  /** 0: nothing chosen yet. Every save adds one. */
  version: versionNumberSchema(0),
  areas: z.array(PathAreaStateSchema),
  pace: PaceSchema,
  paused: z.boolean(),
  pausedAt: TimestampSchema.nullable(),
  plan: PracticePlanSchema.nullable(),
  updatedAt: TimestampSchema.nullable(),
});
export type PathState = z.infer<typeof PathStateSchema>;

export const DEFAULT_PACE: Pace = { practicesPerWeek: 1 };

/**
 * Readiness to go one layer deeper in an area. The data part is advice; the person's own
 * "do I feel safe enough to go further?" is what decides (docs/decisions/006).
 */
export const ReadinessSchema = z.strictObject({
  areaId: SkillIdSchema,
  /** There is a deeper layer at all. */
  hasDeeperLayer: z.boolean(),
  /** Practices done in the current layer of this area, and how many the rule looks for. */
  practicesInLayer: z.number().int(),
  practicesWanted: z.number().int(),
  /** The last two complete weeks were mostly inside the window of tolerance. */
  steadyWeeks: z.boolean(),
  /** Both of the above: Mend offers the deeper layer. */
  offerDeeper: z.boolean(),
  /** Plain words on what the check saw. */
  reason: z.string(),
});
export type Readiness = z.infer<typeof ReadinessSchema>;

/** The next step at the person's pace. Never overdue: only "now" or "from this day on". */
export const NextStepSchema = z.strictObject({
  areaId: SkillIdSchema,
  layer: z.number().int(),
  skillId: SkillIdSchema,
  /** The guided exercise for that skill, if there is one. */
  exerciseId: SkillIdSchema.nullable(),
  kind: SkillKindSchema,
  /** True when the pace leaves room for a practice now. */
  ready: z.boolean(),
  /** With ready false: the first moment the pace leaves room again. */
  readyFrom: TimestampSchema.nullable(),
  reason: z.string(),
});
export type NextStep = z.infer<typeof NextStepSchema>;

export const PathSchema = PathStateSchema.extend({
  /** Null when no area is chosen or the path is paused. */
  next: NextStepSchema.nullable(),
  readiness: z.array(ReadinessSchema),
  /** Path practices in the last 7 days, against the pace. */
  practicesThisWeek: z.number().int(),
});
export type Path = z.infer<typeof PathSchema>;

export const PathAreaUpdateSchema = z.strictObject({
  areaId: SkillIdSchema,
  layer: z.number({ error: 'must be a layer number' }).int('must be a whole number').min(0, 'must be 0 or more'),
  /**
   * The person's answer to "do I feel safe enough to go further?"; needed, as true, when the
   * layer is deeper than the stored one.
   */
  feelSafeEnough: z.boolean({ error: 'must be true or false' }).optional(),
});
export type PathAreaUpdate = z.infer<typeof PathAreaUpdateSchema>;

/** Saving the path. A stale baseVersion (another device saved first) gets 409. */
export const PathUpdateSchema = z.strictObject({
  baseVersion: versionNumberSchema(0).optional(),
  areas: z
    .array(PathAreaUpdateSchema, { error: 'must be a list of areas' })
    .max(MAX_PATH_AREAS, `must have at most ${MAX_PATH_AREAS} areas`)
    .refine((areas) => new Set(areas.map((area) => area.areaId)).size === areas.length, 'must not list the same area twice'),
  pace: PaceSchema,
  paused: z.boolean({ error: 'must be true or false' }),
  plan: PracticePlanSchema.nullable().default(null),
});
export type PathUpdate = z.input<typeof PathUpdateSchema>;
