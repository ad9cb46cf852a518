import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../services/secrets';
import { TOKEN_PREFIX } from '../../services/tokens';
import { SQLITE_FILE_NAME } from '../../storage/open-storage';
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

  it('shows the secret once, lists tokens without it, and works as a Bearer token within its scopes', async () => {
    const created = await owner.post('/tokens', { name: '  laptop cli ', scopes: ['write', 'read'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'laptop cli', scopes: ['read', 'write'], createdAt: server.clock.now().toISOString(), lastUsedAt: null });
    expect(created.body.token).toMatch(/^mend_pat_[A-Za-z0-9_-]{43}$/);

    const listed = await owner.get('/tokens');
    expect(listed.body.tokens).toEqual([{ id: created.body.id, name: 'laptop cli', scopes: ['read', 'write'], createdAt: created.body.createdAt, lastUsedAt: null }]);
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
    const created = await owner.post('/tokens', { name: 'to revoke', scopes: ['read'] });
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
    const created = await owner.post('/tokens', { name: 'mine', scopes: ['read'] });
    const other = server.client();
    await other.register('token-other');
    expect((await other.delete(`/tokens/${created.body.id}`)).status).toBe(404);
    expect((await other.get('/tokens')).body.tokens).toEqual([]);
  });

  it('checks the token name', async () => {
    const response = await owner.post('/tokens', { name: '   ', scopes: ['read'] });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty('name');
  });

  it('needs a non-empty list of known scopes, each once, and says which field is wrong', async () => {
    for (const scopes of [undefined, [], ['read', 'read'], ['read', 'admin'], 'read', [1]]) {
      const response = await owner.post('/tokens', { name: 'scoped', scopes });
      expect(response.status, JSON.stringify(scopes)).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
      expect(Object.keys(response.body.error.fields).some((field) => field.startsWith('scopes')), JSON.stringify(response.body)).toBe(true);
    }
    expect((await owner.get('/tokens')).body.tokens.some((token: { name: string }) => token.name === 'scoped')).toBe(false);
  });

  it('lets a read-only token read, but not write, and never reach the account itself', async () => {
    const logged = await owner.post('/moments', createMoment());
    const created = await owner.post('/tokens', { name: 'read only', scopes: ['read'] });
    const reader = new TestClient(server.url);
    reader.token = created.body.token;

    expect((await reader.get('/moments')).status).toBe(200);
    expect((await reader.get(`/moments/${logged.body.id}`)).status).toBe(200);

    const write = await reader.post('/moments', createMoment());
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('missing_scope');
    expect(write.body.error.message).toContain('"write"');
    const exported = await reader.get('/export');
    expect(exported.status).toBe(403);
    expect(exported.body.error.message).toContain('"export"');

    for (const [method, path] of [['GET', '/tokens'], ['POST', '/tokens'], ['GET', '/sessions'], ['POST', '/auth/logout-everywhere'], ['DELETE', '/me']] as const) {
      const response = await reader.request(method, path, { json: method === 'GET' ? undefined : {} });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.body.error.code).toBe('token_not_allowed');
    }
    // Refused means nothing happened: the token list and the moments are as they were.
    expect((await owner.get('/tokens')).body.tokens.map((token: { name: string }) => token.name)).toContain('read only');
  });

  it('gives tokens made before scopes existed all four scopes', async () => {
    // Written as an older server wrote it, without the scopes column: the migration's default fills it.
    const secret = `${TOKEN_PREFIX}${'a'.repeat(43)}`;
    const me = (await owner.get('/me')).body;
    const file = new SqliteDatabase(path.join(server.dataDir, SQLITE_FILE_NAME));
    file
      .prepare('insert into personal_tokens (id, owner_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)')
      .run('old-token', me.id, 'from before scopes', hashSecret(secret), server.clock.now().toISOString());
    file.close();

    expect((await owner.get('/tokens')).body.tokens.find((token: { id: string }) => token.id === 'old-token').scopes).toEqual(['read', 'write', 'export', 'import']);
    const script = new TestClient(server.url);
    script.token = secret;
    expect((await script.get('/export')).status).toBe(200);
    expect((await script.post('/moments', createMoment())).status).toBe(201);
  });
});
