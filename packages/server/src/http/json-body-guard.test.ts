import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment } from '../test-support/factories';
import type { TestClient } from '../test-support/test-client';
import { startTestServer, type TestServer } from '../test-support/test-server';

describe('bodies must be declared as JSON', () => {
  let server: TestServer;
  let browser: TestClient;
  beforeAll(async () => {
    server = await startTestServer();
    browser = server.client();
    await browser.register('json-owner');
  });
  afterAll(() => server.close());

  it('refuses a body that is not declared as JSON with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await browser.request('POST', '/moments', { raw: '{"distressBefore":3}', headers: { 'content-type': type } });
      expect(response.status, type).toBe(415);
      expect(response.body.error).toMatchObject({ code: 'unsupported_media_type', fields: { body: expect.any(String) } });
    }
    const missing = await browser.request('POST', '/moments', { raw: '{"distressBefore":3}' });
    expect(missing.status).toBe(415);
  });

  it('accepts JSON with a charset', async () => {
    const response = await browser.request('POST', '/moments', {
      raw: JSON.stringify(createMoment()),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(response.status).toBe(201);
  });
});
