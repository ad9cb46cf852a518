import { ApiProblem } from '@mend/server';

/** A problem the person can fix: shown as plain words, never with a stack trace. */
export class CliError extends Error {
  readonly exitCode: number;
  readonly details: readonly string[];

  constructor(message: string, options: { exitCode?: number; details?: readonly string[] } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? 1;
    this.details = options.details ?? [];
  }
}

const MAX_FIELDS_SHOWN = 20;

/**
 * The lines to show for an error, or null when it was not expected (a bug: then the stack helps).
 * ApiProblem is also recognised by shape, in case two copies of the server module are loaded.
 */
export function describeExpectedError(error: unknown): string[] | null {
  if (error instanceof CliError) return [error.message, ...error.details];
  if (error instanceof ApiProblem || looksLikeApiProblem(error)) {
    const fields = Object.entries(error.fields);
    const shown = fields.slice(0, MAX_FIELDS_SHOWN).map(([field, problem]) => `  ${field}: ${problem}`);
    const more = fields.length > MAX_FIELDS_SHOWN ? [`  …and ${fields.length - MAX_FIELDS_SHOWN} more`] : [];
    // The message of a field problem already lists the first few fields; the list below says it all.
    const headline = error.code === 'invalid_input' && fields.length > 0 ? 'Some fields need another look:' : error.message;
    return [headline, ...shown, ...more];
  }
  return null;
}

function looksLikeApiProblem(error: unknown): error is ApiProblem {
  return (
    error instanceof Error &&
    error.name === 'ApiProblem' &&
    typeof (error as Partial<ApiProblem>).code === 'string' &&
    typeof (error as Partial<ApiProblem>).fields === 'object'
  );
}
