import {
  api, API_PREFIX, ApiErrorSchema, fillPath,
  type Endpoint, type EndpointBody, type EndpointName, type EndpointParams, type EndpointQuery, type EndpointResponse,
} from '@mend/core';

/** Every failed call ends here: the server's `{ error: { code, message, fields } }`, or our own. */
export class ApiClientError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** From a 429's Retry-After header: how many seconds until trying again makes sense. */
  readonly retryAfterSeconds: number | null;
  /** A 409 for a stale edit may carry the record as it is now (unchecked: parse it with its schema). */
  readonly current: Record<string, unknown> | null;

  constructor(init: {
    status: number; code: string; message: string; fields?: Record<string, string>; retryAfterSeconds?: number | null;
    current?: Record<string, unknown>;
  }) {
    super(init.message);
    this.name = 'ApiClientError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.current = init.current ?? null;
  }
}

/** An endpoint without a part takes none; one whose part has only optional fields may leave it out. */
type Part<Key extends string, Value> = [Value] extends [undefined]
  ? { [K in Key]?: undefined }
  : object extends Value ? { [K in Key]?: Value } : { [K in Key]: Value };

export type CallOptions<N extends EndpointName> =
  Part<'params', EndpointParams<N>> & Part<'query', EndpointQuery<N>> & Part<'body', EndpointBody<N>> & {
    /**
     * A request made on a timer (a poll, a send of waiting moments), not because someone used the
     * app: the server does not count it as use, so it never keeps off the idle sign-out or the lock.
     */
    background?: boolean;
  };

/** Tells the server a request is a background poll (see `background`). */
export const BACKGROUND_HEADER = 'X-Mend-Background';

type CallArgs<N extends EndpointName> = object extends CallOptions<N>
  ? [options?: CallOptions<N>]
  : [options: CallOptions<N>];

export function endpointUrl(name: EndpointName, params?: object, query?: object): string {
  const path = API_PREFIX + fillPath(api[name].path, params as Record<string, string> | undefined);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const queryString = search.toString();
  return queryString ? `${path}?${queryString}` : path;
}

/** The one way the app talks to the server: typed by the contract, checked by its schemas. */
export async function apiCall<N extends EndpointName>(name: N, ...[options]: CallArgs<N>): Promise<EndpointResponse<N>> {
  const endpoint: Endpoint = api[name];
  const { params, query, body, background } = (options ?? {}) as { params?: object; query?: object; body?: unknown; background?: boolean };
  const hasBody = body !== undefined;
  // The contract says how the body travels: JSON, or (the Daylio import) the file's text as it is.
  const bodyType = endpoint.bodyType ?? 'application/json';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (hasBody) headers['Content-Type'] = bodyType;
  if (background) headers[BACKGROUND_HEADER] = '1';
  let response: Response;
  try {
    response = await fetch(endpointUrl(name, params, query), {
      method: endpoint.method,
      credentials: 'same-origin',
      headers,
      body: hasBody ? (bodyType === 'application/json' ? JSON.stringify(body) : String(body)) : undefined,
    });
  } catch {
    throw new ApiClientError({ status: 0, code: 'network', message: 'Mend can’t reach its server right now.' });
  }

  if (!response.ok) throw await errorFrom(response);

  const schema = endpoint.response;
  if (schema === null) return undefined as EndpointResponse<N>;
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    console.error(`Response of ${name} does not match the contract`, parsed.error.issues);
    throw new ApiClientError({
      status: response.status,
      code: 'unexpected_response',
      message: 'The server answered in a way this version of Mend does not understand.',
    });
  }
  return parsed.data as EndpointResponse<N>;
}

/** Retry-After in seconds (the form the server sends); an HTTP date is read too. */
function retryAfter(response: Response): number | null {
  const header = response.headers.get('Retry-After');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

async function errorFrom(response: Response): Promise<ApiClientError> {
  const parsed = ApiErrorSchema.safeParse(await response.json().catch(() => undefined));
  const retryAfterSeconds = retryAfter(response);
  if (parsed.success) return new ApiClientError({ status: response.status, ...parsed.data.error, retryAfterSeconds });
  return new ApiClientError({
    status: response.status,
    retryAfterSeconds,
    code: `http_${response.status}`,
    message: response.status >= 500 ? 'Something went wrong on the server. Please try again.' : 'That didn’t work. Please try again.',
  });
}

export function isApiError(error: unknown, status?: number): error is ApiClientError {
  return error instanceof ApiClientError && (status === undefined || error.status === status);
}
