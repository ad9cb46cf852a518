import { z } from 'zod';

/**
 * The part of an HL7 FHIR R4 `Questionnaire` Mend reads. Anything else a resource carries
 * (meta, identifier, publisher, contact…) is allowed and kept untouched in the stored resource;
 * Mend only acts on what is named here.
 */

/** FHIR R4's own extension for the score of an answer option (R5 calls it itemWeight). */
export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
/** Mend's extensions (URNs: they name, they do not resolve). */
export const MEND_SCALE_URL = 'urn:mend:fhir:StructureDefinition:scale';
export const MEND_COMPOSITE_URL = 'urn:mend:fhir:StructureDefinition:composite';
export const MEND_SCORE_URL = 'urn:mend:fhir:StructureDefinition:score';
/** Where Mend's own answer codes live. */
export const MEND_ANSWER_SYSTEM = 'urn:mend:fhir:CodeSystem:answer';

export interface FhirExtension {
  url: string;
  valueCode?: string;
  valueString?: string;
  valueDecimal?: number;
  valueInteger?: number;
  extension?: FhirExtension[];
}

export const FhirExtensionSchema: z.ZodType<FhirExtension> = z.looseObject({
  url: z.string({ error: 'must be the extension\'s url' }).min(1, 'must be the extension\'s url'),
  valueCode: z.string().optional(),
  valueString: z.string().optional(),
  valueDecimal: z.number().optional(),
  valueInteger: z.number().int().optional(),
  get extension() {
    return z.array(FhirExtensionSchema).optional();
  },
});

const FhirCodingSchema = z.looseObject({
  system: z.string().optional(),
  code: z.string({ error: 'must be the answer\'s code' }).min(1, 'must be the answer\'s code'),
  display: z.string().optional(),
});

const FhirAnswerOptionSchema = z.looseObject({
  valueCoding: FhirCodingSchema.optional(),
  valueInteger: z.number().int().optional(),
  extension: z.array(FhirExtensionSchema).optional(),
});

export interface FhirQuestionnaireItem {
  linkId: string;
  text?: string;
  type: string;
  required?: boolean;
  repeats?: boolean;
  /** Conditional items: refused (read only to say so). */
  enableWhen?: unknown;
  answerOption?: z.infer<typeof FhirAnswerOptionSchema>[];
  item?: FhirQuestionnaireItem[];
}

export const FhirQuestionnaireItemSchema: z.ZodType<FhirQuestionnaireItem> = z.looseObject({
  linkId: z.string({ error: 'must be the item\'s linkId' }).min(1, 'must be the item\'s linkId').max(255, 'must be at most 255 characters'),
  text: z.string().max(2000, 'must be at most 2000 characters').optional(),
  type: z.string({ error: 'must be the item\'s type' }),
  required: z.boolean().optional(),
  repeats: z.boolean().optional(),
  enableWhen: z.unknown().optional(),
  answerOption: z.array(FhirAnswerOptionSchema).max(50, 'must have at most 50 answers').optional(),
  get item() {
    return z.array(FhirQuestionnaireItemSchema).max(200, 'must have at most 200 items').optional();
  },
});

export const FhirQuestionnaireSchema = z.looseObject({
  resourceType: z.literal('Questionnaire', { error: 'must be "Questionnaire"' }),
  id: z.string().optional(),
  url: z.string({ error: 'must be the questionnaire\'s canonical url' }).min(1, 'must be the questionnaire\'s canonical url').max(500),
  version: z.string().max(64).optional(),
  name: z.string().optional(),
  title: z.string({ error: 'must be the questionnaire\'s title' }).min(1, 'must be the questionnaire\'s title').max(200),
  status: z.enum(['draft', 'active', 'retired', 'unknown'], { error: 'must be draft, active, retired or unknown' }),
  description: z.string().max(4000).optional(),
  copyright: z.string().max(4000).optional(),
  extension: z.array(FhirExtensionSchema).optional(),
  item: z.array(FhirQuestionnaireItemSchema, { error: 'must be the list of items' }).min(1, 'must have at least one item').max(200, 'must have at most 200 items'),
});
export type FhirQuestionnaire = z.infer<typeof FhirQuestionnaireSchema>;
