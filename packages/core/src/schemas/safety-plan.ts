import { z } from 'zod';
import { versionNumberSchema } from './version';
import { TimestampSchema } from './moment';
import { SkillIdSchema } from './skill';

/**
 * The safety plan: the widely used six-part safety-planning structure, plus reasons to keep
 * going. Every part is optional: a plan with one line in it is already worth having.
 */

export const MAX_PLAN_ITEMS = 20;
export const MAX_PLAN_CONTACTS = 10;
/** A photo is downscaled in the browser first; this bounds what the server keeps. */
export const MAX_PHOTO_CHARS = 400_000;

const entry = (max: number) =>
  z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item, { error: `must be a list of ${what}` }).max(max, `must have at most ${max} ${what}`);

export const PhoneSchema = z
  .string({ error: 'must be a phone number' })
  .trim()
  .regex(/^\+?[0-9][0-9 ()./-]{1,29}$/, 'must be a phone number: digits, spaces and + - ( ) . /');

/** Someone to call or text: a friend, a therapist, a line of one's own. */
export const SafetyContactSchema = z.strictObject({
  name: entry(80),
  phone: PhoneSchema.nullable(),
  /** "best after 6pm", "my therapist's out-of-hours line". */
  note: z.string({ error: 'must be text' }).trim().max(200, 'must be at most 200 characters').nullable(),
});
export type SafetyContact = z.infer<typeof SafetyContactSchema>;

export const PhotoSchema = z
  .string({ error: 'must be an image' })
  .max(MAX_PHOTO_CHARS, 'must be a smaller image (Mend shrinks photos it is given; this one is still too big)')
  .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+=*$/, 'must be a JPEG, PNG or WebP image as a data: URL');

export const SafetyPlanContentSchema = z.strictObject({
  /** Thoughts, feelings, situations that tell me a crisis may be building. */
  warningSigns: list(entry(300), MAX_PLAN_ITEMS, 'warning signs'),
  /** My own coping skills that help me calm down on my own. */
  calmingSkillIds: list(SkillIdSchema, MAX_PLAN_ITEMS, 'skills').refine(
    (ids) => new Set(ids).size === ids.length,
    'must not list the same skill twice',
  ),
  /** Other things I can do on my own, in my own words. */
  calmingIdeas: list(entry(300), MAX_PLAN_ITEMS, 'ideas'),
  /** People and places that take my mind off it. */
  distractions: list(entry(300), MAX_PLAN_ITEMS, 'people or places'),
  /** People I can ask for help. */
  helpers: list(SafetyContactSchema, MAX_PLAN_CONTACTS, 'people'),
  /** My own professionals and lines; the built-in lines of my country are shown beside them. */
  professionals: list(SafetyContactSchema, MAX_PLAN_CONTACTS, 'contacts'),
  /** Making my surroundings safer. */
  saferSurroundings: list(entry(300), MAX_PLAN_ITEMS, 'steps'),
  /** Reasons I want to keep going. */
  reasons: list(entry(500), MAX_PLAN_ITEMS, 'reasons'),
  photo: PhotoSchema.nullable(),
});
export type SafetyPlanContent = z.infer<typeof SafetyPlanContentSchema>;

export function emptySafetyPlan(): SafetyPlanContent {
  return {
    warningSigns: [], calmingSkillIds: [], calmingIdeas: [], distractions: [], helpers: [], professionals: [],
    saferSurroundings: [], reasons: [], photo: null,
  };
}

/** The plan as it stands. Version 0 with savedAt null: nothing saved yet. */
export const SafetyPlanSchema = SafetyPlanContentSchema.extend({
  version: versionNumberSchema(0),
  savedAt: TimestampSchema.nullable(),
});
export type SafetyPlan = z.infer<typeof SafetyPlanSchema>;

/** One saved version, as history and the export format keep it. */
export const SafetyPlanVersionSchema = SafetyPlanContentSchema.extend({
  version: versionNumberSchema(1),
  savedAt: TimestampSchema,
});
export type SafetyPlanVersion = z.infer<typeof SafetyPlanVersionSchema>;

/**
 * Saving the plan. With baseVersion, a save made from an older version (another device edited it
 * meanwhile) is refused with 409 instead of silently overwriting the newer one.
 */
export const SafetyPlanUpdateSchema = SafetyPlanContentSchema.extend({
  baseVersion: versionNumberSchema(0).optional(),
});
export type SafetyPlanUpdate = z.infer<typeof SafetyPlanUpdateSchema>;

export const SafetyPlanHistorySchema = z.strictObject({ versions: z.array(SafetyPlanVersionSchema) });

/** The content of a plan or version, without its version and time: what "changed" compares. */
export function safetyPlanContent(plan: SafetyPlanContent): SafetyPlanContent {
  return {
    warningSigns: [...plan.warningSigns],
    calmingSkillIds: [...plan.calmingSkillIds],
    calmingIdeas: [...plan.calmingIdeas],
    distractions: [...plan.distractions],
    helpers: plan.helpers.map((contact) => ({ ...contact })),
    professionals: plan.professionals.map((contact) => ({ ...contact })),
    saferSurroundings: [...plan.saferSurroundings],
    reasons: [...plan.reasons],
    photo: plan.photo,
  };
}

export function isSafetyPlanEmpty(plan: SafetyPlanContent): boolean {
  const { photo, ...lists } = plan;
  return photo === null && Object.values(lists).every((items) => items.length === 0);
}
