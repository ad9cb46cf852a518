import { ApiErrorSchema } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawHttp } from '../test-support/raw-http';
import { startTestServer, type TestServer } from '../test-support/test-server';

describe('requests refused before any route', () => {
  let server: TestServer;
  let raw: RawHttp;
  beforeAll(async () => {
    server = await startTestServer();
    raw = new RawHttp(server.url);
  });
  afterAll(async () => {
    raw.close();
    await server.close();
  });

  it('answers an address or headers too long with 431 in the one error shape', async () => {
    const response = await raw.send('GET', `/api/v1/moments?cursor=${'x'.repeat(20_000)}`, {}, null);
    expect(response.status).toBe(431);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(ApiErrorSchema.parse(JSON.parse(response.text)).error).toMatchObject({ code: 'too_large', message: expect.stringMatching(/too long/) });
  });

  it('answers an address Fastify cannot decode with 400 in the one error shape', async () => {
    const response = await raw.send('DELETE', '/api/v1/tokens/%u0041', {}, null);
    expect(response.status).toBe(400);
    expect(ApiErrorSchema.parse(JSON.parse(response.text)).error.message).not.toBe('');
  });
});
