import { z } from 'zod';
import { ArousalSchema, SkillIdSchema, SkillKindSchema } from './skill';
import { MAX_TRIGGER_LENGTH } from './moment';

const DISTRESS_WORDS = 'must be a whole number from 0 to 10';

export const SuggestionsQuerySchema = z.strictObject({
  // Digits only: a coerced empty value would read as 0, and answer "calm" for someone who left it blank.
  distress: z
    .string({ error: DISTRESS_WORDS })
    .regex(/^\s*\d{1,2}\s*$/, DISTRESS_WORDS)
    .transform(Number)
    .pipe(z.number().int().min(0, DISTRESS_WORDS).max(10, DISTRESS_WORDS)),
  arousal: ArousalSchema.optional(),
  trigger: z.string().trim().max(MAX_TRIGGER_LENGTH, `must be at most ${MAX_TRIGGER_LENGTH} characters`).optional(),
});
export type SuggestionsQuery = z.infer<typeof SuggestionsQuerySchema>;

/**
 * Which rule answered: steady first (distress 8+ or numb: grounding and breathing, the safety
 * plan, no healing work), ease (4–7: what soothes you, then coping that fits), heal (3 or less
 * with steady weeks: one step from the healing path), gentle (3 or less otherwise: light coping).
 */
export const SuggestionBandSchema = z.enum(['steady-first', 'ease', 'heal', 'gentle']);
export type SuggestionBand = z.infer<typeof SuggestionBandSchema>;

export const SuggestionSchema = z.strictObject({
  skillId: SkillIdSchema,
  kind: SkillKindSchema,
  /** The guided exercise to open for it, if there is one. */
  exerciseId: SkillIdSchema.nullable(),
  /** Where it came from: the person's own data, the catalogue's fit, or their healing path. */
  source: z.enum(['own-data', 'catalogue', 'path']),
  /** For a path step: the area it is a step of (send it as the practice's pathAreaId); else null. */
  pathAreaId: SkillIdSchema.nullable(),
  /** Plain words: why this one, now. */
  reason: z.string(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SuggestionsSchema = z.strictObject({
  band: SuggestionBandSchema,
  /** Offer the safety plan alongside (distress 8+ or numb). */
  offerSafetyPlan: z.boolean(),
  /** Best first; at most 5. */
  suggestions: z.array(SuggestionSchema),
});
export type Suggestions = z.infer<typeof SuggestionsSchema>;
