import { z } from 'zod';
import { IdSchema, TimestampSchema } from './moment';

export const QuestionnaireIdSchema = z
  .string({ error: 'must be a questionnaire id' })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1–64 lowercase letters, digits or "-"');

/** Suggest a check again this long after it was last taken (never more than a suggestion). */
export const SUGGEST_AGAIN_DAYS = 28;

export const ScoreResultSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  /** null when an item it needs was left unanswered. */
  score: z.number().nullable(),
  min: z.number(),
  max: z.number(),
});

export const QuestionnaireSummarySchema = z.strictObject({
  id: QuestionnaireIdSchema,
  /** The FHIR canonical url, and its version. */
  url: z.string(),
  version: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  /** Shipped with Mend (Mend's own words) rather than added by the practice. */
  builtIn: z.boolean(),
  questionCount: z.number().int(),
  lastTakenAt: TimestampSchema.nullable(),
  /** Never taken, or last taken SUGGEST_AGAIN_DAYS or more ago. */
  suggested: z.boolean(),
});
export type QuestionnaireSummary = z.infer<typeof QuestionnaireSummarySchema>;

export const QuestionnaireListSchema = z.strictObject({
  questionnaires: z.array(QuestionnaireSummarySchema),
  suggestAgainDays: z.number().int(),
});

export const QuestionnaireDetailSchema = z.strictObject({
  ...QuestionnaireSummarySchema.shape,
  copyright: z.string().nullable(),
  /** The questionnaire's text items, in order. */
  intro: z.array(z.string()),
  questions: z.array(z.strictObject({
    linkId: z.string(),
    text: z.string(),
    required: z.boolean(),
    /** The innermost group's text, if the question sits in one. */
    section: z.string().nullable(),
    choices: z.array(z.strictObject({ code: z.string(), display: z.string() })),
  })),
  scales: z.array(z.strictObject({
    id: z.string(),
    title: z.string(),
    itemLinkIds: z.array(z.string()),
    families: z.array(z.string()),
    helpFamilies: z.array(z.string()),
    areaIds: z.array(z.string()),
    note: z.string().nullable(),
  })),
  composites: z.array(z.strictObject({
    id: z.string(),
    title: z.string(),
    scaleIds: z.array(z.string()),
    source: z.string().nullable(),
  })),
});
export type QuestionnaireDetail = z.infer<typeof QuestionnaireDetailSchema>;

export const QuestionnaireParamsSchema = z.strictObject({ id: QuestionnaireIdSchema });
export const QuestionnaireResponseParamsSchema = z.strictObject({ id: QuestionnaireIdSchema, responseId: IdSchema });

export const QuestionnaireAnswersSchema = z.record(
  z.string().min(1).max(255, 'must be an item linkId of at most 255 characters'),
  z.union([z.string().max(100, 'must be at most 100 characters'), z.number()], { error: 'must be the answer\'s code' }),
  { error: 'must be an object of answers by item linkId' },
);

export const QuestionnaireResponseCreateSchema = z.strictObject({
  answers: QuestionnaireAnswersSchema,
  /** When it was filled in; now if left out. Not in the future. */
  takenAt: TimestampSchema.optional(),
});
export type QuestionnaireResponseCreate = z.infer<typeof QuestionnaireResponseCreateSchema>;

export const AlongsideLogEntrySchema = z.strictObject({
  scaleId: z.string(),
  rating: z.enum(['high', 'middle', 'low']),
  agreement: z.enum(['agrees', 'differs', 'between', 'not-enough-data']),
  momentCount: z.number().int(),
  matchingCount: z.number().int(),
  topSkillIds: z.array(z.string()),
  sentence: z.string(),
});
export type AlongsideLogEntrySummary = z.infer<typeof AlongsideLogEntrySchema>;

export const QuestionnaireResultSchema = z.strictObject({
  id: IdSchema,
  questionnaireId: QuestionnaireIdSchema,
  questionnaireVersion: z.string().nullable(),
  takenAt: TimestampSchema,
  /** The chosen answer's code by item linkId. */
  answers: z.record(z.string(), z.string()),
  scales: z.array(ScoreResultSchema),
  composites: z.array(ScoreResultSchema),
});
export type QuestionnaireResult = z.infer<typeof QuestionnaireResultSchema>;

export const CompletedQuestionnaireSchema = z.strictObject({
  ...QuestionnaireResultSchema.shape,
  /** The scales set beside the 30 days of log before it. */
  alongsideLog: z.array(AlongsideLogEntrySchema),
});

export const QuestionnaireResultListSchema = z.strictObject({
  questionnaireId: QuestionnaireIdSchema,
  /** Newest first. */
  results: z.array(QuestionnaireResultSchema),
  /** The newest result set beside the log; empty when there is none. */
  alongsideLog: z.array(AlongsideLogEntrySchema),
});

/** A FHIR R4 QuestionnaireResponse as Mend writes it (toQuestionnaireResponse); the shape is FHIR's. */
export const FhirQuestionnaireResponseSchema = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  id: z.string(),
  questionnaire: z.string(),
  status: z.literal('completed'),
  authored: z.string(),
  /** Left out when nothing was answered (FHIR JSON has no empty arrays). */
  item: z.array(z.looseObject({ linkId: z.string() })).optional(),
});
