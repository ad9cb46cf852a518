import { invalidFields, type ApiProblem } from '../api-problem';

/** The parts of a zod issue we need; fastify's validation errors are mapped to this too. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  expected?: string;
}

export const UNKNOWN_FIELD = 'is not a field Mend knows';

const TYPE_WORDS: Record<string, string> = {
  object: 'must be an object',
  array: 'must be a list',
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
};

/**
 * Issues → { "followUps.0.at": "must be …" }. Unknown keys are named as fields of their own; an
 * issue about the whole document is named after `whole` ("body", "query"). The first problem per
 * field wins: one clear sentence beats three.
 */
export function issuesToFields(issues: readonly IssueLike[], whole = 'body'): Record<string, string> {
  // A Map, not an object: an unknown key named "__proto__" or "constructor" is a field like any other.
  const fields = new Map<string, string>();
  const add = (field: string, message: string) => {
    if (!fields.has(field)) fields.set(field, message);
  };
  for (const issue of issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      for (const key of issue.keys) add(base ? `${base}.${key}` : key, UNKNOWN_FIELD);
      continue;
    }
    add(base || whole, plainMessage(issue, base === ''));
  }
  return Object.fromEntries(fields);
}

function plainMessage(issue: IssueLike, isWhole: boolean): string {
  // zod's own wording ("Invalid input: expected object, received string") is for developers.
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    if (isWhole && issue.expected === 'object') return 'must be a JSON object';
    return TYPE_WORDS[issue.expected ?? ''] ?? 'has the wrong type';
  }
  return issue.message;
}

export function zodFieldProblems(issues: readonly IssueLike[], whole = 'body'): ApiProblem {
  return invalidFields(issuesToFields(issues, whole));
}
