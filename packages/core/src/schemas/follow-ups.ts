import { z } from 'zod';
import { CountryCodeSchema } from './crisis-lines';
import { DistressSchema, IdSchema, TimestampSchema } from './moment';
import { IdleSignOutSchema } from './sessions';
import { SkillIdSchema } from './skill';

export const DEFAULT_FOLLOW_UP_DELAY_MINUTES = 120;
/** Past this, an unanswered "How are you now?" quietly expires: the answer would mean little. */
export const FOLLOW_UP_EXPIRY_HOURS = 48;

const FollowUpDelaySchema = z
  .number({ error: 'must be a whole number of minutes from 15 to 1440' })
  .int('must be a whole number of minutes from 15 to 1440')
  .min(15, 'must be a whole number of minutes from 15 to 1440')
  .max(1440, 'must be a whole number of minutes from 15 to 1440');

export const PreferencesSchema = z.strictObject({
  /** How long after a moment Mend asks "How are you now?". */
  followUpDelayMinutes: FollowUpDelaySchema,
  /** Whose crisis lines to show; null: not chosen (the browser's language decides). */
  country: CountryCodeSchema.nullable().default(null),
  /** Sign out after this many minutes without use; null: never (the operator's limit still applies). */
  idleSignOutMinutes: IdleSignOutSchema.default(null),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { followUpDelayMinutes: DEFAULT_FOLLOW_UP_DELAY_MINUTES, country: null, idleSignOutMinutes: null };

/** Changing preferences: only what is sent changes. */
export const PreferencesUpdateSchema = z.strictObject({
  followUpDelayMinutes: FollowUpDelaySchema.optional(),
  country: CountryCodeSchema.nullable().optional(),
  idleSignOutMinutes: IdleSignOutSchema.optional(),
});
export type PreferencesUpdate = z.infer<typeof PreferencesUpdateSchema>;

/** The person chose not to answer a moment's follow-up. */
export const FollowUpSkipSchema = z.strictObject({ momentId: IdSchema, at: TimestampSchema });
export type FollowUpSkip = z.infer<typeof FollowUpSkipSchema>;

export const PendingFollowUpSchema = z.strictObject({
  momentId: IdSchema,
  occurredAt: TimestampSchema,
  dueAt: TimestampSchema,
  distressBefore: DistressSchema,
  distressAfter: DistressSchema.nullable(),
  skillIds: z.array(SkillIdSchema),
});
export type PendingFollowUp = z.infer<typeof PendingFollowUpSchema>;

export const PendingFollowUpsSchema = z.strictObject({
  delayMinutes: z.number().int(),
  pending: z.array(PendingFollowUpSchema),
});

export const FollowUpAnswerSchema = z.strictObject({
  distress: DistressSchema,
  /** Default: now. */
  at: TimestampSchema.optional(),
});
export type FollowUpAnswer = z.infer<typeof FollowUpAnswerSchema>;
