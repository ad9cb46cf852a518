import { z } from 'zod';
import { TimestampSchema } from './moment';
import { SkillIdSchema } from './skill';

export const WIN_KINDS = [
  'sat-with-feeling', 'healing-practice', 'stepped-back', 'used-less', 'lower-peaks', 'belief-weaker', 'went-deeper',
] as const;
export const WinKindSchema = z.enum(WIN_KINDS);
export type WinKind = z.infer<typeof WinKindSchema>;

/** One small step worth noticing. */
export const WinSchema = z.strictObject({
  kind: WinKindSchema,
  at: TimestampSchema,
  /** Plain words, in the second person: "You stayed with a feeling instead of pushing it away." */
  text: z.string(),
  skillId: SkillIdSchema.nullable(),
  /** The practice or moment it came from, if one. */
  practiceId: z.string().nullable(),
  momentId: z.string().nullable(),
});
export type Win = z.infer<typeof WinSchema>;

/** "This week you…": the current week so far, Monday to now, in the person's time zone. */
export const WeeklyReflectionSchema = z.strictObject({
  weekStart: z.string(),
  moments: z.number().int(),
  satWithFeeling: z.number().int(),
  practices: z.number().int(),
  healingPractices: z.number().int(),
  steppedBack: z.number().int(),
  /** Lines to show, kind and factual; never about what was missed. */
  lines: z.array(z.string()),
});
export type WeeklyReflection = z.infer<typeof WeeklyReflectionSchema>;

/** Milestones count up and never reset; a quiet week takes nothing away. */
export const MilestoneSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  reachedAt: TimestampSchema,
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const ProgressSchema = z.strictObject({
  asOf: TimestampSchema,
  timeZone: z.string(),
  /** Newest first, at most 100. */
  wins: z.array(WinSchema),
  thisWeek: WeeklyReflectionSchema,
  milestones: z.array(MilestoneSchema),
});
export type Progress = z.infer<typeof ProgressSchema>;

export { InsightsQuerySchema as ProgressQuerySchema } from '../insights/insights-schema';
