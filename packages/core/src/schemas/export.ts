import { z } from 'zod';
import { ClassificationSchema, CustomSkillSchema } from './skill';
import { MomentSchema, MomentVersionSchema, TimestampSchema } from './moment';
import { SafetyPlanVersionSchema } from './safety-plan';
import { DEFAULT_PREFERENCES, FollowUpSkipSchema, PreferencesSchema } from './follow-ups';
import { PathStateSchema } from './path';
import { PracticeSchema } from './practice';
import { QuestionnaireResultSchema } from './questionnaires';

export const EXPORT_FORMAT = 'mend-export';
export const EXPORT_VERSION = 1;

/**
 * The export format, version 1: everything a person has in Mend, lossless.
 * Importing it into an empty account and exporting again gives the same document.
 */
export const ExportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, { error: `must be ${EXPORT_VERSION}` }),
  exportedAt: TimestampSchema,
  catalogueVersion: z.number().int(),
  account: z.strictObject({ name: z.string() }),
  customSkills: z.array(CustomSkillSchema),
  classifications: z.array(ClassificationSchema),
  /** Each with its version; a file written before moments had versions imports them at 1. */
  moments: z.array(MomentSchema.extend({ version: MomentVersionSchema.default(1) })),
  /** Added within v1: files written before them import with the defaults. */
  preferences: PreferencesSchema.default(DEFAULT_PREFERENCES),
  followUpSkips: z.array(FollowUpSkipSchema).default([]),
  /** Every saved version of the safety plan, oldest first. */
  safetyPlanVersions: z.array(SafetyPlanVersionSchema).default([]),
  /** Guided practice sessions, oldest first (by startedAt, then id). */
  practices: z.array(PracticeSchema).default([]),
  /** The healing path as saved; null when the person has never saved one. */
  path: PathStateSchema.nullable().default(null),
  /** Completed self-checks (answers and scores), oldest first (by takenAt, then id). */
  selfChecks: z.array(QuestionnaireResultSchema).default([]),
});
export type ExportDocument = z.infer<typeof ExportDocumentSchema>;

/** Read first, so a newer version gets a clear "update Mend" answer instead of field errors. */
export const ExportHeaderSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.number({ error: 'must be a number' }).int('must be a whole number'),
});

export const PathImportOutcomeSchema = z.enum(['imported', 'unchanged', 'kept-newer', 'not-in-file']);
export type PathImportOutcome = z.infer<typeof PathImportOutcomeSchema>;

export const ImportResultSchema = z.strictObject({
  moments: z.strictObject({ created: z.number(), updated: z.number(), unchanged: z.number() }),
  customSkills: z.strictObject({ created: z.number(), updated: z.number(), unchanged: z.number() }),
  classifications: z.number(),
  safetyPlanVersions: z.strictObject({ created: z.number(), unchanged: z.number() }),
  practices: z.strictObject({ created: z.number(), updated: z.number(), unchanged: z.number() }),
  /**
   * What became of the file's healing path: imported (the account had none, or the file's was
   * saved later), unchanged (the same path), kept-newer (the account's was saved later and stays),
   * not-in-file (the file has none; the account's stays).
   */
  path: PathImportOutcomeSchema,
  selfChecks: z.strictObject({ created: z.number(), updated: z.number(), unchanged: z.number() }),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
