/**
 * What services throw for anything the caller can fix (4xx). The HTTP error handler turns it into
 * core's ApiErrorSchema body; the CLI can show `message` as it is.
 */
export class ApiProblem extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** The record as it is now, sent with a stale edit's 409 so the client needn't ask again. */
  readonly current: Record<string, unknown> | undefined;

  constructor(statusCode: number, code: string, message: string, fields: Record<string, string> = {}, current?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiProblem';
    this.statusCode = statusCode;
    this.code = code;
    this.fields = fields;
    this.current = current;
  }
}

export function isApiProblem(value: unknown): value is ApiProblem {
  return value instanceof ApiProblem;
}

/** Another person's data answers exactly like data that does not exist. */
export function notFound(what: string): ApiProblem {
  return new ApiProblem(404, 'not_found', `There is no ${what} with that id.`);
}

/** Field problems found after the shape check (unknown skills, dates in the future, …). */
export function invalidFields(fields: Record<string, string>): ApiProblem {
  return new ApiProblem(400, 'invalid_input', describeFieldProblems(fields), fields);
}

/** "distressBefore: must be …; note: must be …" — plain words that name the fields (docs/api.md). */
export function describeFieldProblems(fields: Record<string, string>): string {
  const entries = Object.entries(fields);
  const shown = entries.slice(0, 5).map(([field, problem]) => `${field}: ${problem}`);
  const more = entries.length > 5 ? ` (and ${entries.length - 5} more)` : '';
  return `${shown.join('; ')}${more}`;
}

/** An edit made from an older version (another device saved first): 409, never a silent overwrite. */
export function staleVersion(what: string, base: number, current: number, record?: Record<string, unknown>): ApiProblem {
  return new ApiProblem(
    409,
    'conflict',
    `Your ${what} was changed somewhere else (it is now version ${current}; this edit started from version ${base}). Reload it, then make your change again.`,
    { baseVersion: `must be the current version, ${current}` },
    record,
  );
}
