import { z } from 'zod';
import { ClassificationSchema, CustomSkillSchema } from './skill';
import { MomentSchema, TimestampSchema } from './moment';
import { SafetyPlanVersionSchema } from './safety-plan';
import { DEFAULT_PREFERENCES, FollowUpSkipSchema, PreferencesSchema } from './follow-ups';

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
  moments: z.array(MomentSchema),
  /** Added within v1: files written before them import with the defaults. */
  preferences: PreferencesSchema.default(DEFAULT_PREFERENCES),
  followUpSkips: z.array(FollowUpSkipSchema).default([]),
  /** Every saved version of the safety plan, oldest first. */
  safetyPlanVersions: z.array(SafetyPlanVersionSchema).default([]),
});
export type ExportDocument = z.infer<typeof ExportDocumentSchema>;

/** Read first, so a newer version gets a clear "update Mend" answer instead of field errors. */
export const ExportHeaderSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.number({ error: 'must be a number' }).int('must be a whole number'),
});

export const ImportResultSchema = z.strictObject({
  moments: z.strictObject({ created: z.number(), updated: z.number(), unchanged: z.number() }),
  customSkills: z.strictObject({ created: z.number(), updated: z.number(), unchanged: z.number() }),
  classifications: z.number(),
  safetyPlanVersions: z.strictObject({ created: z.number(), unchanged: z.number() }),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
