import { z } from 'zod';
import { DistressSchema, IdSchema, MAX_NOTE_LENGTH, TimestampSchema } from './moment';
import { SkillIdSchema, SkillKindSchema } from './skill';

/** Longest practice a person can record: a whole day (a timer left running is still a practice). */
export const MAX_PRACTICE_SECONDS = 24 * 60 * 60;

const AnswerSchema = z.union(
  [
    z.string().max(5000, 'must be at most 5000 characters'),
    z.number(),
    z.array(z.string()).max(20, 'must have at most 20 entries'),
    z.array(z.number()).max(200, 'must have at most 200 entries'),
  ],
  { error: 'must be text, a number, or a list of either' },
);

const practiceFields = {
  /** The skill this session counts as (an exercise's skill, or any skill practised without one). */
  skillId: SkillIdSchema,
  /** The guided exercise followed, if any. */
  exerciseId: SkillIdSchema.nullable(),
  startedAt: TimestampSchema,
  durationSeconds: z
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0 or more')
    .max(MAX_PRACTICE_SECONDS, `must be at most ${MAX_PRACTICE_SECONDS} seconds`),
  distressBefore: DistressSchema.nullable(),
  distressAfter: DistressSchema.nullable(),
  notes: z.string({ error: 'must be text' }).max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`).nullable(),
  /** The person stepped back into coping before the end. That is part of healing, never a failure. */
  steppedBack: z.boolean({ error: 'must be true or false' }),
  /** What each step recorded, by step id (see practice/exercise-types.ts). */
  answers: z.record(z.string().max(80), AnswerSchema, { error: 'must be an object of answers by step' }),
  /** Set when the practice was a step on the healing path. */
  pathAreaId: SkillIdSchema.nullable(),
};

/** Answers belong to an exercise. Whether they fit it is `practiceAnswerProblems` (kept out of the schema, so the contract does not carry every exercise). */
function noAnswersWithoutExercise(practice: { exerciseId: string | null; answers: Record<string, unknown> }, context: z.RefinementCtx) {
  if (practice.exerciseId === null && Object.keys(practice.answers).length > 0) {
    context.addIssue({ code: 'custom', path: ['answers'], message: 'must be empty without an exerciseId' });
  }
}

/**
 * Recording a practice. The id is made on the device (like a moment's), so sending the same
 * practice again returns the stored one instead of a duplicate.
 */
export const PracticeCreateSchema = z
  .strictObject({
    id: IdSchema.optional(),
    ...practiceFields,
    distressBefore: practiceFields.distressBefore.default(null),
    distressAfter: practiceFields.distressAfter.default(null),
    notes: practiceFields.notes.default(null),
    steppedBack: practiceFields.steppedBack.default(false),
    answers: practiceFields.answers.default({}),
    exerciseId: practiceFields.exerciseId.default(null),
    pathAreaId: practiceFields.pathAreaId.default(null),
  })
  .superRefine(noAnswersWithoutExercise);
export type PracticeCreate = z.input<typeof PracticeCreateSchema>;

/** A practice as the API returns it and the export format stores it. */
export const PracticeSchema = z.strictObject({
  id: IdSchema,
  ...practiceFields,
  /** The skill's kind for this person when it was recorded (their own classification counts). */
  kind: SkillKindSchema,
  createdAt: TimestampSchema,
});
export type Practice = z.infer<typeof PracticeSchema>;

export const PracticeListQuerySchema = z.strictObject({
  /** Only practices started at or after this time. */
  since: TimestampSchema.optional(),
  /** Only practices started before this time (a period's end). */
  before: TimestampSchema.optional(),
  skillId: SkillIdSchema.optional(),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(500, 'must be at most 500')
    .default(100),
});

export const PracticeListSchema = z.strictObject({ practices: z.array(PracticeSchema) });
