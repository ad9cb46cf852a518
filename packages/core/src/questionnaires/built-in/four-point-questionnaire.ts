import {
  MEND_ANSWER_SYSTEM, MEND_COMPOSITE_URL, MEND_SCALE_URL, ORDINAL_VALUE_URL, type FhirExtension, type FhirQuestionnaire,
} from '../fhir-questionnaire';

/** The four answers both built-in checks use, scored 1–4. */
export const FOUR_POINT_ANSWERS = ['Not at all', 'A little', 'Quite a bit', 'A lot'] as const;

interface ScaleSpec {
  id: string;
  title: string;
  items: string[];
  families?: string[];
  helps?: string[];
  areas?: string[];
  note?: string;
}

interface CompositeSpec {
  id: string;
  title: string;
  scales: string[];
  source: string;
}

export interface FourPointSpec {
  id: string;
  version: string;
  title: string;
  description: string;
  /** Shown before the statements: what to rate them against. */
  stem: string;
  statements: { linkId: string; text: string }[];
  scales: ScaleSpec[];
  composites?: CompositeSpec[];
}

export const BUILT_IN_URL_BASE = 'urn:mend:fhir:Questionnaire:';

/** A built-in check written out as the FHIR R4 Questionnaire it is: the same form a clinic's own arrives in. */
export function fourPointQuestionnaire(spec: FourPointSpec): FhirQuestionnaire {
  const part = (url: string, value: string): FhirExtension => ({ url, valueString: value });
  const code = (url: string, value: string): FhirExtension => ({ url, valueCode: value });
  const scales = spec.scales.map((scale): FhirExtension => ({
    url: MEND_SCALE_URL,
    extension: [
      code('id', scale.id),
      part('title', scale.title),
      ...scale.items.map((linkId) => part('item', linkId)),
      ...(scale.families ?? []).map((family) => code('family', family)),
      ...(scale.helps ?? []).map((family) => code('helps', family)),
      ...(scale.areas ?? []).map((area) => code('area', area)),
      ...(scale.note ? [part('note', scale.note)] : []),
    ],
  }));
  const composites = (spec.composites ?? []).map((composite): FhirExtension => ({
    url: MEND_COMPOSITE_URL,
    extension: [code('id', composite.id), part('title', composite.title), ...composite.scales.map((id) => code('scale', id)), part('source', composite.source)],
  }));
  return {
    resourceType: 'Questionnaire',
    id: spec.id,
    url: `${BUILT_IN_URL_BASE}${spec.id}`,
    version: spec.version,
    name: spec.id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
    title: spec.title,
    status: 'active',
    description: spec.description,
    extension: [...scales, ...composites],
    item: [
      { linkId: 'intro', type: 'display', text: spec.stem },
      ...spec.statements.map((statement) => ({
        linkId: statement.linkId,
        type: 'choice',
        text: statement.text,
        required: true,
        answerOption: FOUR_POINT_ANSWERS.map((display, index) => ({
          valueCoding: { system: MEND_ANSWER_SYSTEM, code: String(index + 1), display },
          extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: index + 1 }],
        })),
      })),
    ],
  };
}
