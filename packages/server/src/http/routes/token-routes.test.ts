import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment } from '../../test-support/factories';
import { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

describe('personal access tokens', () => {
  let server: TestServer;
  let owner: TestClient;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    owner = server.client();
    await owner.register('token-owner');
  });
  afterAll(() => server.close());

  it('shows the secret once, lists tokens without it, and works as a Bearer token everywhere', async () => {
    const created = await owner.post('/tokens', { name: '  laptop cli ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'laptop cli', createdAt: server.clock.now().toISOString(), lastUsedAt: null });
    expect(created.body.token).toMatch(/^mend_pat_[A-Za-z0-9_-]{43}$/);

    const listed = await owner.get('/tokens');
    expect(listed.body.tokens).toEqual([{ id: created.body.id, name: 'laptop cli', createdAt: created.body.createdAt, lastUsedAt: null }]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);

    const cli = new TestClient(server.url);
    cli.token = created.body.token;
    expect((await cli.get('/me')).body.name).toBe('token-owner');
    const moment = await cli.post('/moments', createMoment());
    expect(moment.status).toBe(201);
    expect((await cli.get(`/moments/${moment.body.id}`)).status).toBe(200);

    server.clock.advance(5 * 60_000);
    await cli.get('/me');
    expect((await owner.get('/tokens')).body.tokens[0].lastUsedAt).toBe(server.clock.now().toISOString());
  });

  it('stops working once revoked', async () => {
    const created = await owner.post('/tokens', { name: 'to revoke' });
    const cli = new TestClient(server.url);
    cli.token = created.body.token;
    expect((await cli.get('/me')).status).toBe(200);

    const revoked = await owner.delete(`/tokens/${created.body.id}`);
    expect(revoked.status).toBe(204);
    expect(revoked.body).toBe('');
    const after = await cli.get('/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
    expect((await owner.delete(`/tokens/${created.body.id}`)).status).toBe(404);
  });

  it('refuses unknown and malformed tokens even next to a valid cookie', async () => {
    for (const header of ['Bearer mend_pat_unknown', 'Bearer something-else', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const response = await owner.get('/me', { headers: { authorization: header } });
      expect(response.status, header).toBe(401);
    }
  });

  it("cannot revoke another person's token", async () => {
    const created = await owner.post('/tokens', { name: 'mine' });
    const other = server.client();
    await other.register('token-other');
    expect((await other.delete(`/tokens/${created.body.id}`)).status).toBe(404);
    expect((await other.get('/tokens')).body.tokens).toEqual([]);
  });

  it('checks the token name', async () => {
    const response = await owner.post('/tokens', { name: '   ' });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty('name');
  });
});
