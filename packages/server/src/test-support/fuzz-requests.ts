import fc from 'fast-check';
import { API_PREFIX } from '@mend/core';
import type { PersonIds } from './endpoint-examples';
import type { Operation } from './openapi-operations';

/** One generated request, ready to send as it is. */
export interface FuzzRequest {
  /** The documented operation it reaches (its method may not be the example's), or "no such route". */
  operation: string;
  method: string;
  /** Path and query, already encoded: sent byte for byte. */
  path: string;
  headers: Record<string, string>;
  body: string | null;
  /** Which credentials it carries, for the counts. */
  auth: Auth;
}

export type Auth = 'session' | 'token' | 'bad token' | 'garbage authorization' | 'bad cookie' | 'none';

/** What the generator may put in a request's credentials. */
export interface Credentials {
  sessionCookie: () => string;
  /** The session of the therapist the person shares with: "session" means this one for the examples marked byTherapist. */
  therapistCookie: () => string;
  token: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Stands for a deeply nested value; replaced in the JSON text, since JSON.stringify would recurse that deep. */
const DEEP = '\u0000deep\u0000';

/** encodeURIComponent throws on a lone surrogate; bytes that are not UTF-8 are sent as raw escapes instead (see pathValue). */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

const NAUGHTY_STRINGS = [
  '', ' ', 'NaN', 'Infinity', '-Infinity', '1e999', '-1', '0x1f', '1_000', 'null', 'undefined', 'true', '[]', '{}', '__proto__',
  'constructor', 'toString', 'hasOwnProperty', '\u0000', '\u0007\b\f\v', '\r\n\r\n', '\u202eevil', '\ufeffbom', '\ud83d', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'Z̤͔ͧ̑̓ä͖̭̈̇l͖͎g̞̥͈',
  '<script>alert(1)</script>', "'; drop table moments; --", '../../../../etc/passwd', '%00', '%s%s%n', '${jndi:ldap://x}', '2026-02-30T25:61:00Z',
  '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', 'box-breathing', 'moment-1', 'a'.repeat(65), 'Europe/Nowhere', 'rad:11,good:-1',
];

const NAUGHTY_NUMBERS = [0, -0, -1, 1.5, 0.1, 11, 1e308, -1e308, 5e-324, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), Number.MAX_SAFE_INTEGER];

/** A value of the wrong kind, size or shape for wherever it lands. */
const naughtyValue: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: fc.constantFrom<Json>(null, true, false, [], {}, ...NAUGHTY_STRINGS, ...NAUGHTY_NUMBERS), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer({ min: 1000, max: 120_000 }).map((length) => 'é'.repeat(length)), weight: 1 },
  { arbitrary: fc.integer({ min: 100, max: 20_000 }).map((length) => Array.from({ length }, () => 'x') as Json), weight: 1 },
  { arbitrary: fc.constant<Json>(DEEP), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>, weight: 2 },
);

const keyName = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', ' ', 'id', 'ownerId', 'owner_id', 'version', 'role', 'admin'),
  fc.string({ maxLength: 20 }),
);

/** An own property even for "__proto__", so JSON.stringify writes it out. */
function withKey(object: { [key: string]: Json }, key: string, value: Json): { [key: string]: Json } {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The example with one thing done to it, somewhere in it (or to all of it). */
function mutateJson(value: Json): fc.Arbitrary<Json> {
  const options: fc.Arbitrary<Json>[] = [naughtyValue];
  if (Array.isArray(value)) {
    if (value.length > 0) {
      options.push(fc.nat(value.length - 1).chain((index) => mutateJson(value[index]!).map((item) => value.map((old, at) => (at === index ? item : old)))));
      options.push(fc.nat(value.length - 1).map((index) => value.filter((_, at) => at !== index)));
    }
    options.push(naughtyValue.map((item) => [...value, item]));
    options.push(fc.integer({ min: 50, max: 5000 }).map((times) => Array.from({ length: times }, () => value[0] ?? null)));
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length > 0) {
      const key = fc.constantFrom(...keys);
      options.push(key.chain((name) => mutateJson(value[name]!).map((inner) => withKey(value, name, inner))));
      options.push(key.map((name) => Object.fromEntries(Object.entries(value).filter(([other]) => other !== name))));
      options.push(key.chain((name) => naughtyValue.map((inner) => withKey(value, name, inner))));
    }
    options.push(fc.tuple(keyName, naughtyValue).map(([name, inner]) => withKey(value, name, inner)));
  } else if (typeof value === 'string') {
    options.push(fc.constantFrom(value.toUpperCase(), ` ${value} `, value + value, value.slice(1), `${value}\u0000`, value.repeat(400)));
  } else if (typeof value === 'number') {
    options.push(fc.constantFrom(value + 1, value - 1, -value, value * 1000, value + 0.5, String(value)));
  }
  return fc.oneof(...options);
}

function jsonText(value: Json): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.replace(JSON.stringify(DEEP), () => '['.repeat(3000) + '{"a":'.repeat(2000) + '1' + '}'.repeat(2000) + ']'.repeat(3000));
}

const BROKEN_JSON = ['{', '}', '{"a":}', '{"a" 1}', "{'a':1}", '[1,]', 'nul', 'tru', '"unterminated', '{"a":1}{"b":2}', '\ufeff{}', '{"a":NaN}', '{"a":1e999}', '{"a":"\\u00"}', '--', '\u0000'];

/** Bodies that are not what the example would send: broken JSON, the wrong format, too big. */
const oddBody: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...BROKEN_JSON), weight: 4 },
  { arbitrary: fc.constantFrom('', ' ', 'null', '[]', '0', '"text"', 'name=a&password=b', 'a,b,c\n1,2,3'), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 2 },
  { arbitrary: fc.constantFrom(70_000, 300_000, 1_100_000, 5_300_000).map((size) => `{"a":"${'x'.repeat(size)}"}`), weight: 1 },
);

/** A text/csv body: the example's rows, changed. */
function mutateCsv(example: string): fc.Arbitrary<string> {
  const lines = example.split('\n');
  return fc.oneof(
    fc.constant(lines[0]!),
    fc.constant(lines.slice(1).join('\n')),
    fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { maxLength: 20 }).map((rows) => [lines[0], ...rows].join('\n')),
    fc.constantFrom('"unbalanced,quote\n', `${lines[0]}\n"a""b,${'x'.repeat(70_000)}`, `${lines[0]}\n${'2026-10-01,,,,,,,\n'.repeat(2000)}`, `${lines[0]}\n${',,,,,,,,,,,,'.repeat(300)}`),
    fc.tuple(fc.nat(7), naughtyValue).map(([column, value]) => {
      const cells = (lines[1] ?? '').split(',');
      cells[column] = typeof value === 'string' ? value.slice(0, 5000) : JSON.stringify(value)?.slice(0, 5000) ?? '';
      return [lines[0], cells.join(',')].join('\n');
    }),
  );
}

const CONTENT_TYPES = [
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'APPLICATION/JSON',
  'application/vnd.api+json', ';;;', 'application/json, text/csv', 'text/csv', 'application/xml', 'application/json; charset=latin1',
];

/**
 * Stands for the example's value as the ids are when the request is sent: an invite is used, a
 * share revoked, a suggestion answered, and the test makes new ones, so the unchanged example
 * keeps reaching the valid path. Changed values start from the ids as they were at the start.
 */
const CURRENT = null;

/** A path parameter: the example's, or one that is long, encoded, traversing or otherwise odd. */
const pathValue = (example: string): fc.Arbitrary<string | typeof CURRENT> =>
  fc.oneof(
    { arbitrary: fc.constant(CURRENT), weight: 4 },
    { arbitrary: fc.constantFrom('..', '../..', '..%2f..%2fetc%2fpasswd', '%2e%2e%2f%2e%2e%2f', '%00', '%ZZ', '%', '%C0%AE', '%ED%A0%80', '%FF%FE', 'a'.repeat(5000), '%20', '.', '~', '*', '%u0041', encode(example) + '%00'), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 100 }).map(encode), weight: 2 },
    { arbitrary: naughtyValue.map((value) => encode(typeof value === 'string' ? value.slice(0, 3000) : JSON.stringify(value)?.slice(0, 3000) ?? '')), weight: 1 },
  );

/** The query: the example's, with keys dropped, changed, doubled or added, or a raw odd string. */
function queryString(example: Record<string, string> | undefined): fc.Arbitrary<string> {
  const entries = Object.entries(example ?? {});
  const encodePairs = (pairs: [string, string][]) => pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
  const stringy = naughtyValue.map((value) => (typeof value === 'string' ? value.slice(0, 3000) : JSON.stringify(value)?.slice(0, 3000) ?? ''));
  const options: fc.Arbitrary<string>[] = [
    fc.constant(encodePairs(entries)),
    fc.tuple(keyName, stringy).map(([key, value]) => encodePairs([...entries, [key, value]])),
    fc.constantFrom('', '&&&', '=', 'a', '__proto__[x]=1', 'constructor[prototype][x]=1', 'a[]=1&a[]=2', '%ZZ=1', `${'x'.repeat(9000)}=1`),
  ];
  if (entries.length > 0) {
    const index = fc.nat(entries.length - 1);
    options.push(index.map((at) => encodePairs(entries.filter((_, other) => other !== at))));
    options.push(fc.tuple(index, stringy).map(([at, value]) => encodePairs(entries.map(([key, old], other) => [key, other === at ? value : old]))));
    options.push(index.map((at) => encodePairs([...entries, entries[at]!])));
  }
  return fc.oneof(...options).map((query) => (query ? `?${query}` : ''));
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Requests for one documented operation: mostly its example changed in one way or a few, now and
 * then sent as the example says (so the valid path runs too), with any credentials.
 */
export function requestsFor(
  operation: Operation,
  ids: PersonIds,
  credentials: Credentials,
  operationAt: (path: string, method: string) => string | undefined,
): fc.Arbitrary<FuzzRequest> {
  const { example } = operation;
  const params = example.params?.(ids) ?? {};
  const names = Object.keys(params);
  const pathArb = fc.tuple(...names.map((name) => pathValue(params[name]!))).map((values) => () => {
    const now = example.params?.(ids) ?? {};
    return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => values[names.indexOf(name)] ?? encode(now[name] ?? ''));
  });
  const exampleBody = example.body?.(ids);
  const isCsv = operation.bodyType === 'text/csv';
  const currentBody = (): string | null => {
    const body = example.body?.(ids);
    return body === undefined ? null : isCsv ? String(body) : jsonText(body as Json);
  };
  const bodyArb: fc.Arbitrary<string | null | typeof currentBody> = fc.oneof(
    { arbitrary: fc.constant(currentBody), weight: 2 },
    { arbitrary: isCsv ? mutateCsv(String(exampleBody ?? '')) : mutateJson((exampleBody ?? {}) as Json).map(jsonText), weight: 6 },
    { arbitrary: oddBody, weight: 2 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
  const contentTypeArb = fc.oneof(
    { arbitrary: fc.constant(operation.bodyType ?? 'application/json'), weight: 8 },
    { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 2 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
  const authArb = fc.oneof(
    { arbitrary: fc.constant<Auth>('session'), weight: 6 },
    { arbitrary: fc.constant<Auth>('token'), weight: 4 },
    { arbitrary: fc.constantFrom<Auth>('bad token', 'garbage authorization', 'bad cookie', 'none'), weight: 3 },
  );
  const methodArb = fc.oneof({ arbitrary: fc.constant(operation.method), weight: 30 }, { arbitrary: fc.constantFrom(...METHODS), weight: 1 });
  const originArb = fc.oneof({ arbitrary: fc.constant(null), weight: 12 }, { arbitrary: fc.constantFrom('http://evil.example', 'null', 'file://'), weight: 1 });
  return fc
    .record({ path: pathArb, query: queryString(example.query), body: bodyArb, contentType: contentTypeArb, auth: authArb, method: methodArb, origin: originArb, filler: fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme-ascii' }) })
    .map(({ path: pathNow, query, body: bodyOrNow, contentType, auth, method, origin, filler }) => {
      const path = pathNow();
      const body = typeof bodyOrNow === 'function' ? bodyOrNow() : bodyOrNow;
      const headers: Record<string, string> = {};
      if (body !== null && contentType !== null) headers['content-type'] = contentType;
      if (origin !== null) headers.origin = origin;
      if (auth === 'session') headers.cookie = `mend_session=${example.byTherapist ? credentials.therapistCookie() : credentials.sessionCookie()}`;
      if (auth === 'token') headers.authorization = `Bearer ${credentials.token}`;
      if (auth === 'bad token') headers.authorization = `Bearer mend_pat_${encode(filler)}`;
      if (auth === 'garbage authorization') headers.authorization = filler.replace(/[^\x20-\x7e]/g, '');
      if (auth === 'bad cookie') headers.cookie = `mend_session=${encode(filler)}`;
      const reached = method === operation.method ? operation.name : (operationAt(operation.path, method) ?? 'no such route');
      return { operation: reached, method, path: `${path}${query}`, headers, body, auth };
    });
}

/** A request to no route at all, for the 404 answer's shape. */
export const strayRequest: fc.Arbitrary<FuzzRequest> = fc
  .tuple(fc.constantFrom(...METHODS), fc.constantFrom('/nope', '/moments/a/b/c', '/../../etc/passwd', '/%2e%2e/%2e%2e', '', '/openapi.json/x', `/${'x'.repeat(3000)}`, '/calendar/.ics', '/calendar/x'))
  .map(([method, rest]) => ({ operation: 'no such route', method, path: `${API_PREFIX}${rest}`, headers: {}, body: null, auth: 'none' as const }));
