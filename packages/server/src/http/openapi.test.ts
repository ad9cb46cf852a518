import { api, API_PREFIX } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';

describe('the OpenAPI document', () => {
  let server: TestServer;
  let document: { openapi: string; paths: Record<string, Record<string, any>> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON document read loosely
  beforeAll(async () => {
    server = await startTestServer();
    const response = await server.client().get('/openapi.json');
    expect(response.status).toBe(200);
    document = response.body;
  });
  afterAll(() => server.close());

  it('lists every endpoint of the contract and the calendar feed, and nothing else', () => {
    const expected = Object.values(api).map((endpoint) => `${endpoint.method.toLowerCase()} ${API_PREFIX}${endpoint.path.replace(/:(\w+)/g, '{$1}')}`);
    // The one route outside the contract: it answers text/calendar, not JSON.
    expected.push(`get ${API_PREFIX}/calendar/{key}.ics`);
    const listed = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).filter((method) => method !== 'head').map((method) => `${method} ${path}`),
    );
    expect(listed.sort()).toEqual(expected.sort());
    expect(document.openapi).toMatch(/^3\.1/);
  });

  it('is generated from the contract’s schemas', () => {
    const create = document.paths[`${API_PREFIX}/moments`]!.post;
    const body = create.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['distressBefore']);
    expect(body.additionalProperties).toBe(false);
    expect(body.properties.distressBefore).toMatchObject({ minimum: 0, maximum: 10 });
    expect(create.responses['201']).toBeDefined();
    expect(create.responses['4XX'].content['application/json'].schema.properties.error).toBeDefined();
    expect(create.security).toEqual([{ session: [] }, { token: [] }]);
    expect(document.paths[`${API_PREFIX}/health`]!.get.security).toBeUndefined();
  });

  it('describes the calendar feed as text/calendar, open to anyone with the address', () => {
    const feed = document.paths[`${API_PREFIX}/calendar/{key}.ics`]!.get;
    expect(Object.keys(feed.responses['200'].content)).toEqual(['text/calendar']);
    expect(feed.parameters).toContainEqual(expect.objectContaining({ name: 'key', in: 'path', required: true }));
    expect(feed.security).toBeUndefined();
  });
});
