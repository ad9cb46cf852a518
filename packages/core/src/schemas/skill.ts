import { z } from 'zod';

export const SKILL_KINDS = ['coping', 'healing', 'maladaptive'] as const;
export const SkillKindSchema = z.enum(SKILL_KINDS, { error: 'must be one of coping, healing or maladaptive' });
export type SkillKind = z.infer<typeof SkillKindSchema>;

/** Families a skill can belong to. A person's own skill may use any of these. */
export const SKILL_FAMILIES = [
  // coping
  'grounding', 'breathing', 'movement', 'distraction', 'soothing', 'connection', 'expression', 'perspective',
  // healing
  'core-beliefs', 'emotion-processing', 'regulation', 'boundaries', 'self-compassion', 'grief', 'self-trust',
  'allowing-feelings',
  // maladaptive
  'avoidance', 'numbing', 'overworking', 'people-pleasing', 'withdrawal', 'self-harm',
  // anything else a person adds
  'other',
] as const;
export const SkillFamilySchema = z.enum(SKILL_FAMILIES, { error: 'must be one of the listed families' });
export type SkillFamily = z.infer<typeof SkillFamilySchema>;

export const AROUSAL_STATES = ['hyper', 'window', 'hypo'] as const;
export const ArousalSchema = z.enum(AROUSAL_STATES, { error: 'must be hyper, window or hypo' });
export type Arousal = z.infer<typeof ArousalSchema>;

export const SkillIdSchema = z
  .string({ error: 'must be a skill id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "box-breathing"')
  .max(80, 'must be at most 80 characters');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A skill as the catalogue ships it. Texts are Mend's own words. */
export const CatalogueSkillSchema = z.strictObject({
  id: SkillIdSchema,
  name: text(80),
  kind: SkillKindSchema,
  family: SkillFamilySchema,
  /** One sentence: what it is. */
  summary: text(300),
  /** When it tends to fit. */
  whenItFits: text(400),
  /** What it does (coping: relief now; healing: change at the source; maladaptive: what it gives you). */
  whatItDoes: text(400),
  /** What it does not do, said kindly. */
  whatItDoesNot: text(400),
  /** Guided steps; empty for skills that are not guided. */
  steps: z.array(text(300)).max(12),
  /** The distress range (0–10) it suits. */
  distressRange: z.strictObject({ min: z.number().int().min(0).max(10), max: z.number().int().min(0).max(10) }),
  /** Arousal states it suits. */
  arousal: z.array(ArousalSchema).min(1),
  /** Deep work best done with a therapist's support. */
  withTherapist: z.boolean(),
  /** Points the person to crisis help (self-harm urges). */
  pointsToCrisisHelp: z.boolean(),
  /** Which essay examples this skill covers, for the coverage test (free text keys). */
  covers: z.array(z.string()).default([]),
});
export type CatalogueSkill = z.infer<typeof CatalogueSkillSchema>;

/** A skill the person added themselves. */
export const CustomSkillInputSchema = z.strictObject({
  name: text(80),
  kind: SkillKindSchema,
  family: SkillFamilySchema,
  summary: z.string().trim().max(300, 'must be at most 300 characters').optional(),
  steps: z.array(text(300)).max(12, 'must have at most 12 steps').optional(),
});
export type CustomSkillInput = z.infer<typeof CustomSkillInputSchema>;

export const CustomSkillSchema = z.strictObject({
  id: SkillIdSchema,
  name: text(80),
  kind: SkillKindSchema,
  family: SkillFamilySchema,
  summary: z.string().max(300),
  steps: z.array(z.string().max(300)).max(12),
  createdAt: z.iso.datetime({ offset: true }),
  /** Made from an import (a Daylio activity): the person has not yet said what it is for them. Added within v1. */
  awaitingClassification: z.boolean().default(false),
});
export type CustomSkill = z.infer<typeof CustomSkillSchema>;

/** A person's own classification of a catalogue skill ("for me, running is avoidance"). */
export const ClassificationInputSchema = z.strictObject({
  kind: SkillKindSchema,
  family: SkillFamilySchema,
});
export type ClassificationInput = z.infer<typeof ClassificationInputSchema>;

export const ClassificationSchema = z.strictObject({
  skillId: SkillIdSchema,
  kind: SkillKindSchema,
  family: SkillFamilySchema,
});
export type Classification = z.infer<typeof ClassificationSchema>;

/** A skill as a person sees it: the catalogue merged with their own skills and classifications. */
export const SkillViewSchema = z.strictObject({
  id: SkillIdSchema,
  name: z.string(),
  kind: SkillKindSchema,
  family: SkillFamilySchema,
  source: z.enum(['catalogue', 'custom']),
  /** Set when the person re-classified a catalogue skill: what the catalogue said. */
  catalogueKind: SkillKindSchema.nullable(),
  catalogueFamily: SkillFamilySchema.nullable(),
  summary: z.string(),
  whenItFits: z.string(),
  whatItDoes: z.string(),
  whatItDoesNot: z.string(),
  steps: z.array(z.string()),
  distressRange: z.strictObject({ min: z.number(), max: z.number() }),
  arousal: z.array(ArousalSchema),
  withTherapist: z.boolean(),
  pointsToCrisisHelp: z.boolean(),
  /** An imported skill the person has not classified yet (until then: coping, other). */
  awaitingClassification: z.boolean(),
});
export type SkillView = z.infer<typeof SkillViewSchema>;
