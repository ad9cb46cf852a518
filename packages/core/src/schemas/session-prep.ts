import { z } from 'zod';
import { TimeZoneSchema } from '../insights/insights-schema';
import { TimestampSchema } from './moment';
import { SkillIdSchema, SkillKindSchema } from './skill';
import { AccountRefSchema } from './sharing';

/** The longest period one summary covers. */
export const MAX_SESSION_PREP_DAYS = 366;

/**
 * The period a session-prep summary covers; default the 30 days up to now. `format=pdf` answers
 * the same summary as a PDF file to download or print.
 */
export const SessionPrepQuerySchema = z.strictObject({
  from: TimestampSchema.optional(),
  to: TimestampSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  format: z.enum(['json', 'pdf'], { error: 'must be "json" or "pdf"' }).default('json'),
});
export type SessionPrepQuery = z.input<typeof SessionPrepQuerySchema>;

/**
 * Skill names are included. For a catalogue skill that is Mend's name; for a skill the person
 * added themselves it is the person's own short name for it (at most 80 characters) — the one
 * piece of their wording a summary carries, because a therapist cannot talk about "custom-k3f9"
 * with them. Summaries, steps, notes, triggers' text and practice answers never appear here.
 */
const SkillNameSchema = z.string();

/** Moments in the period that name the skill; kind as the person classifies it now. */
const SkillUseSchema = z.strictObject({ skillId: SkillIdSchema, name: SkillNameSchema, kind: SkillKindSchema, uses: z.number().int() });

/**
 * One Monday-to-Sunday week in the summary's time zone. Only the period's moments count, so the
 * first and last weeks may be partial. meanAfter is over the moments with a distress-after.
 */
export const SessionPrepWeekSchema = z.strictObject({
  /** Local date of the week's Monday. */
  weekStart: z.string(),
  moments: z.number().int(),
  meanBefore: z.number().nullable(),
  meanAfter: z.number().nullable(),
  /** Highest distress before that week. */
  peak: z.number().int().nullable(),
});
export type SessionPrepWeek = z.infer<typeof SessionPrepWeekSchema>;

export const SESSION_PREP_FLAGS = ['coping-not-enough', 'only-way', 'maladaptive-rising', 'often-outside-window', 'crisis-level'] as const;

export const SessionPrepFlagSchema = z.strictObject({
  kind: z.enum(SESSION_PREP_FLAGS),
  /**
   * How many moments: coping-not-enough, those of the last 14 days still high after two or more
   * skills; only-way, those of the last 30 days naming the skill; often-outside-window, the
   * period's moments outside the window of tolerance; crisis-level, the period's moments at
   * distress 9 or 10. Null for maladaptive-rising.
   */
  count: z.number().int().nullable(),
  /** The skill, for "only-way". */
  skillId: SkillIdSchema.nullable(),
  name: SkillNameSchema.nullable(),
});
export type SessionPrepFlag = z.infer<typeof SessionPrepFlagSchema>;

/**
 * What a therapist reads before a session, for a period: distress over time, what soothed and what
 * only distracted, recurring triggers, healing practice done, wins, and flags. Numbers, skills and
 * tags only: nothing the person wrote in their own words, except their own skills' names (see
 * SkillNameSchema) and their account name.
 *
 * The period is from ≤ time ≤ to. Counts are over the period. Verdicts (soothed, distracted),
 * eased-off skills, falling peaks and the flags taken from the insights (coping-not-enough,
 * only-way, maladaptive-rising) are the insights as of `to` over the whole history, with their
 * own windows (see docs/insights.md); often-outside-window and crisis-level count the period.
 */
export const SessionPrepSchema = z.strictObject({
  person: AccountRefSchema,
  from: TimestampSchema,
  to: TimestampSchema,
  timeZone: z.string(),
  moments: z.number().int(),
  distress: z.strictObject({
    weeks: z.array(SessionPrepWeekSchema),
    /** Over every moment in the period. */
    meanBefore: z.number().nullable(),
    /** Over the moments with a distress-after (withAfter of them). */
    meanAfter: z.number().nullable(),
    withAfter: z.number().int(),
  }),
  soothed: z.array(SkillUseSchema),
  distracted: z.array(SkillUseSchema),
  /** Trigger tags on at least 2 of the period's moments, most first (ties by tag), at most 8. */
  recurringTriggers: z.array(z.strictObject({ tag: z.string(), count: z.number().int() })),
  /** Healing practice in the period: sessions of a skill the person holds as healing, or steps on their healing path. */
  practice: z.strictObject({
    sessions: z.number().int(),
    minutes: z.number().int(),
    steppedBack: z.number().int(),
    skills: z.array(z.strictObject({ skillId: SkillIdSchema, name: SkillNameSchema, sessions: z.number().int() })),
  }),
  wins: z.strictObject({
    /** Moments in the period where the person stayed with the feeling. */
    satWithFeeling: z.number().int(),
    easedOff: z.array(z.strictObject({ skillId: SkillIdSchema, name: SkillNameSchema })),
    fallingPeaks: z.boolean(),
  }),
  flags: z.array(SessionPrepFlagSchema),
});
export type SessionPrep = z.infer<typeof SessionPrepSchema>;
