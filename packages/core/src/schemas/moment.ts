import { z } from 'zod';
import { MAX_VERSION, VERSION_TOO_HIGH } from './version';
import { MAX_DISTRESS, MIN_DISTRESS } from '../distress';
import { isEmotion } from '../emotions';
import { MAX_TAG_LENGTH, TAG_PATTERN } from '../tags';
import { ArousalSchema, SkillIdSchema } from './skill';

export const MAX_NOTE_LENGTH = 5000;
export const MAX_TRIGGER_LENGTH = 500;

export const IdSchema = z
  .string({ error: 'must be an id' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"');

export const TimestampSchema = z.iso.datetime({ offset: true, error: 'must be a date and time like 2026-11-02T21:40:00Z' });

export const DistressSchema = z
  .number({ error: `must be a whole number from ${MIN_DISTRESS} to ${MAX_DISTRESS}` })
  .int(`must be a whole number from ${MIN_DISTRESS} to ${MAX_DISTRESS}`)
  .min(MIN_DISTRESS, `must be a whole number from ${MIN_DISTRESS} to ${MAX_DISTRESS}`)
  .max(MAX_DISTRESS, `must be a whole number from ${MIN_DISTRESS} to ${MAX_DISTRESS}`);

export const TagSchema = z
  .string({ error: 'must be a tag' })
  .max(MAX_TAG_LENGTH, `must be at most ${MAX_TAG_LENGTH} characters`)
  .regex(TAG_PATTERN, 'must be lowercase words joined by "-", like "work-conflict"');

const uniqueList = <T extends z.ZodType<string>>(item: T, max: number, what: string) =>
  z
    .array(item, { error: `must be a list of ${what}` })
    .max(max, `must have at most ${max} ${what}`)
    .refine((list) => new Set(list).size === list.length, `must not list the same ${what.replace(/s$/, '')} twice`);

export const EmotionListSchema = uniqueList(
  z.string({ error: 'must be an emotion' }).refine(isEmotion, 'must be one of the emotions Mend lists'),
  20,
  'emotions',
);

export const FollowUpSchema = z.strictObject({
  at: TimestampSchema,
  distress: DistressSchema,
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

const momentFields = {
  occurredAt: TimestampSchema,
  distressBefore: DistressSchema,
  distressAfter: DistressSchema.nullable(),
  arousal: ArousalSchema.nullable(),
  emotions: EmotionListSchema,
  trigger: z
    .string({ error: 'must be text' })
    .max(MAX_TRIGGER_LENGTH, `must be at most ${MAX_TRIGGER_LENGTH} characters`)
    .nullable(),
  triggerTags: uniqueList(TagSchema, 20, 'tags'),
  contextTags: uniqueList(TagSchema, 20, 'tags'),
  skillIds: uniqueList(SkillIdSchema, 30, 'skills'),
  followUps: z.array(FollowUpSchema, { error: 'must be a list of follow-ups' }).max(20, 'must have at most 20 follow-ups'),
  note: z
    .string({ error: 'must be text' })
    .max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`)
    .nullable(),
  satWithFeeling: z.boolean({ error: 'must be true or false' }),
};

/**
 * A moment's version: 1 when logged, one more at every edit (a follow-up answer too). An edit
 * names the version it started from, so two devices editing at once can't overwrite each other.
 */
export const MomentVersionSchema = z
  .number({ error: (issue) => (issue.input === undefined ? 'is required: the version of the moment this edit starts from' : 'must be a version number') })
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .max(MAX_VERSION, VERSION_TOO_HIGH);

/** A moment as the API returns it and the export format stores it. */
export const MomentSchema = z.strictObject({
  id: IdSchema,
  ...momentFields,
  version: MomentVersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Moment = z.infer<typeof MomentSchema>;

/** The answer to logging a moment: the moment, and whether to offer crisis support now (safety/crisis-offer.ts). */
export const LoggedMomentSchema = MomentSchema.extend({ crisisOffer: z.boolean() });
export type LoggedMoment = z.infer<typeof LoggedMomentSchema>;

/** What a moment holds for each field nobody filled in. Fresh lists on every call. */
export function momentDefaults(): Omit<Moment, 'id' | 'occurredAt' | 'distressBefore' | 'createdAt' | 'updatedAt'> {
  return {
    distressAfter: null, arousal: null, emotions: [], trigger: null, triggerTags: [], contextTags: [],
    skillIds: [], followUps: [], note: null, satWithFeeling: false, version: 1,
  };
}

/** Creating a moment: only distressBefore is required. An id may be given (offline clients). */
export const MomentCreateSchema = z.strictObject({
  id: IdSchema.optional(),
  occurredAt: momentFields.occurredAt.optional(),
  distressBefore: momentFields.distressBefore,
  distressAfter: momentFields.distressAfter.optional(),
  arousal: momentFields.arousal.optional(),
  emotions: momentFields.emotions.optional(),
  trigger: momentFields.trigger.optional(),
  triggerTags: momentFields.triggerTags.optional(),
  contextTags: momentFields.contextTags.optional(),
  skillIds: momentFields.skillIds.optional(),
  followUps: momentFields.followUps.optional(),
  note: momentFields.note.optional(),
  satWithFeeling: momentFields.satWithFeeling.optional(),
});
export type MomentCreate = z.infer<typeof MomentCreateSchema>;

/**
 * Editing a moment: any field, null clears an optional one. baseVersion (the version the edit
 * started from) is required: a stale one gets 409 with the moment as it is now.
 */
export const MomentPatchSchema = z
  .strictObject({
    baseVersion: MomentVersionSchema,
    occurredAt: momentFields.occurredAt.optional(),
    distressBefore: momentFields.distressBefore.optional(),
    distressAfter: momentFields.distressAfter.optional(),
    arousal: momentFields.arousal.optional(),
    emotions: momentFields.emotions.optional(),
    trigger: momentFields.trigger.optional(),
    triggerTags: momentFields.triggerTags.optional(),
    contextTags: momentFields.contextTags.optional(),
    skillIds: momentFields.skillIds.optional(),
    followUps: momentFields.followUps.optional(),
    note: momentFields.note.optional(),
    satWithFeeling: momentFields.satWithFeeling.optional(),
  });
export type MomentPatch = z.infer<typeof MomentPatchSchema>;

export const MomentListQuerySchema = z.strictObject({
  from: TimestampSchema.optional(),
  to: TimestampSchema.optional(),
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 500' })
    .int('must be a whole number from 1 to 500')
    .min(1, 'must be a whole number from 1 to 500')
    .max(500, 'must be a whole number from 1 to 500')
    .optional(),
  cursor: z.string().max(200, 'must be a cursor returned by an earlier page').optional(),
});
export type MomentListQuery = z.infer<typeof MomentListQuerySchema>;

export const MomentPageSchema = z.strictObject({
  moments: z.array(MomentSchema),
  nextCursor: z.string().nullable(),
});
export type MomentPage = z.infer<typeof MomentPageSchema>;

/** How far ahead of the server's clock a moment may be dated (clock skew, time zones). */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
export const EARLIEST_MOMENT = '1900-01-01T00:00:00Z';

/** Time checks that need "now"; returns field → problem, empty when fine. */
export function momentTimeProblems(
  moment: { occurredAt?: string | undefined; followUps?: readonly FollowUp[] | undefined },
  now: Date,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const latest = now.getTime() + FUTURE_TOLERANCE_MS;
  const earliest = Date.parse(EARLIEST_MOMENT);
  const check = (field: string, iso: string) => {
    const at = Date.parse(iso);
    if (at > latest) problems[field] = 'must not be in the future';
    else if (at < earliest) problems[field] = 'must be after 1900';
  };
  if (moment.occurredAt) check('occurredAt', moment.occurredAt);
  moment.followUps?.forEach((followUp, index) => check(`followUps.${index}.at`, followUp.at));
  return problems;
}
