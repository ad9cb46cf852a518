/* eslint-disable @typescript-eslint/no-explicit-any -- the OpenAPI document is JSON read loosely */
import { API_PREFIX, ENDPOINT_SCOPES, type EndpointName, type TokenScope } from '@mend/core';
import { ENDPOINT_EXAMPLES, examplePath, type EndpointExample, type ExampleName, type PersonIds } from './endpoint-examples';
import type { RequestOptions, TestClient, TestResponse } from './test-client';

/** One operation of the served OpenAPI document, with the example that exercises it. */
export interface Operation {
  name: ExampleName;
  method: string;
  /** As the document writes it: /api/v1/moments/{id} */
  path: string;
  /** The document lists no security for it: callable without signing in. */
  open: boolean;
  /** What a token needs for it; the calendar feed is outside the contract and takes no token. */
  scope: TokenScope | 'session-only' | 'public';
  /** The request body's content type, when it has one. */
  bodyType: string | null;
  /** The success status the document promises. */
  status: number;
  example: EndpointExample;
}

/**
 * Every operation the server documents, read from its own /openapi.json, so an endpoint added
 * later is covered without anyone listing it. An operation without an example is an error that
 * says where to add one.
 */
export async function documentedOperations(client: TestClient): Promise<Operation[]> {
  const response = await client.get('/openapi.json');
  if (response.status !== 200) throw new Error(`GET /openapi.json answered ${response.status}`);
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(response.body.paths as Record<string, Record<string, any>>)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (method === 'head') continue;
      const name = operation.operationId as string;
      const example = (ENDPOINT_EXAMPLES as Record<string, EndpointExample | undefined>)[name];
      if (!example) {
        throw new Error(`${method.toUpperCase()} ${path} (operationId "${name}") has no example: add one to ENDPOINT_EXAMPLES in packages/server/src/test-support/endpoint-examples.ts`);
      }
      const scope = name === 'calendarFeed' ? 'public' : ENDPOINT_SCOPES[name as EndpointName];
      if (scope === undefined) throw new Error(`${name} is not in ENDPOINT_SCOPES (packages/core/src/api/token-scopes.ts)`);
      operations.push({
        name: name as ExampleName,
        method: method.toUpperCase(),
        path,
        open: operation.security === undefined,
        scope,
        bodyType: operation.requestBody ? (Object.keys(operation.requestBody.content)[0] ?? null) : null,
        status: Number(Object.keys(operation.responses).find((code) => code.startsWith('2'))),
        example,
      });
    }
  }
  return operations;
}

/** The example request of an operation, aimed at the things `ids` names. */
export function exampleRequest(operation: Operation, ids: PersonIds): { url: string; options: RequestOptions } {
  const { example } = operation;
  const query = example.query ? `?${new URLSearchParams(example.query).toString()}` : '';
  const url = `${examplePath(operation.path, example.params?.(ids) ?? {})}${query}`;
  if (!example.body) return { url, options: {} };
  const body = example.body(ids);
  if (operation.bodyType === 'application/json' || operation.bodyType === null) return { url, options: { json: body } };
  return { url, options: { raw: String(body), headers: { 'content-type': operation.bodyType } } };
}

export function sendExample(client: TestClient, operation: Operation, ids: PersonIds, extra: RequestOptions = {}): Promise<TestResponse<any>> {
  const { url, options } = exampleRequest(operation, ids);
  return client.request(operation.method, url.startsWith(API_PREFIX) ? url : `${API_PREFIX}${url}`, {
    ...options, ...extra, headers: { ...options.headers, ...extra.headers },
  });
}

/** "GET /api/v1/moments/{id}" → "GET /moments/{id}", for tables and messages. */
export function operationLabel(operation: Operation): string {
  return `${operation.method} ${operation.path.slice(API_PREFIX.length)}`;
}
