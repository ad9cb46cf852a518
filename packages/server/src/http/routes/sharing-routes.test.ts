import { MAX_SHARE_DAYS } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accept, auditLog, daysAhead, invite, registerTherapist } from '../../test-support/sharing-fixtures';
import { TEST_PASSWORD, type TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('sharing, the person\'s side', () => {
  let server: TestServer;
  let ana: TestClient;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    ana = server.client();
    await ana.register('ana-shares');
  });
  afterAll(() => server.close());

  it('invites with a one-time code in the link\'s fragment, registers the therapist with it, and lists the share', async () => {
    const until = daysAhead(server, 90);
    const created = await ana.post('/sharing/invites', { scopes: ['moments', 'summary'], until });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ scopes: ['summary', 'moments'], until, createdAt: server.clock.now().toISOString(), expiresAt: daysAhead(server, 7) });
    expect(created.body.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(created.body.url).toBe(`${server.url}/invite#${created.body.code}`);

    const listed = await ana.get('/sharing');
    expect(listed.body).toEqual({ shares: [], invites: [{ id: created.body.id, scopes: ['summary', 'moments'], until, createdAt: created.body.createdAt, expiresAt: created.body.expiresAt }] });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.code);

    const therapist = server.client();
    const typed = created.body.code.toLowerCase().replace(/-/g, ' ');
    const account = await registerTherapist(therapist, typed, 'dr-lee-shares');
    expect(account).toMatchObject({ name: 'dr-lee-shares', role: 'therapist' });
    expect((await therapist.get('/me')).body.role).toBe('therapist');

    const after = await ana.get('/sharing');
    expect(after.body.invites).toEqual([]);
    expect(after.body.shares).toEqual([
      { id: expect.any(String), therapist: { id: account.id, name: 'dr-lee-shares' }, scopes: ['summary', 'moments'], until, createdAt: server.clock.now().toISOString(), updatedAt: server.clock.now().toISOString() },
    ]);
    const people = await therapist.get('/therapist/people');
    expect(people.body.people).toEqual([{ personId: expect.any(String), name: 'ana-shares', scopes: ['summary', 'moments'], until, sharedSince: server.clock.now().toISOString(), openSuggestions: 0 }]);

    const log = await auditLog(ana);
    expect(log.map((event) => event.kind).sort()).toEqual(['share-invite-created', 'share-started']);
    expect(log.find((event) => event.kind === 'share-started')?.detail).toEqual({ shareId: after.body.shares[0].id, therapist: 'dr-lee-shares', scopes: 'summary, moments', until, inviteId: created.body.id });
    expect(log.find((event) => event.kind === 'share-invite-created')?.detail).toEqual({ inviteId: created.body.id, scopes: 'summary, moments', until });
  });

  it('a code works once, only for a week, and an unknown one answers the same', async () => {
    const used = await invite(ana, ['summary'], daysAhead(server, 30));
    await registerTherapist(server.client(), used.code);
    const expired = await invite(ana, ['summary'], daysAhead(server, 30));
    server.clock.advance(7 * DAY_MS + 1000);
    const answers: string[] = [];
    for (const code of [used.code, expired.code, 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789']) {
      const response = await server.client().post('/auth/register-therapist', { name: `nobody-${answers.length}`, password: TEST_PASSWORD, code });
      expect(response.status, code).toBe(404);
      expect(response.body.error.code).toBe('invite_not_found');
      answers.push(JSON.stringify(response.body));
    }
    expect(new Set(answers).size).toBe(1);
    // No account was made for any of them.
    expect((await server.client().post('/auth/login', { name: 'nobody-0', password: TEST_PASSWORD })).status).toBe(401);
    expect((await ana.get('/sharing')).body.invites).toEqual([]);
  });

  it('refuses an "until" in the past, now, or more than a year ahead, naming until', async () => {
    const now = server.clock.now().getTime();
    for (const until of [new Date(now - 1000).toISOString(), new Date(now).toISOString(), new Date(now + (MAX_SHARE_DAYS + 1) * DAY_MS).toISOString()]) {
      const response = await ana.post('/sharing/invites', { scopes: ['summary'], until });
      expect(response.status, until).toBe(400);
      expect(Object.keys(response.body.error.fields)).toEqual(['until']);
    }
    expect((await ana.post('/sharing/invites', { scopes: ['summary'], until: new Date(now + MAX_SHARE_DAYS * DAY_MS).toISOString() })).status).toBe(201);
  });

  it('refuses notes without moments, empty and repeated scopes, and unknown ones, naming scopes', async () => {
    for (const scopes of [['notes'], [], ['summary', 'summary'], ['everything'], 'summary']) {
      const response = await ana.post('/sharing/invites', { scopes, until: daysAhead(server, 10) });
      expect(response.status, JSON.stringify(scopes)).toBe(400);
      expect(Object.keys(response.body.error.fields).every((field) => field.startsWith('scopes')), JSON.stringify(response.body)).toBe(true);
    }
  });

  it('withdraws an invite: its code stops working, and another person cannot withdraw it', async () => {
    const made = await invite(ana, ['summary'], daysAhead(server, 10));
    const ben = server.client();
    await ben.register('ben-shares');
    expect((await ben.delete(`/sharing/invites/${made.id}`)).status).toBe(404);
    expect((await ana.delete(`/sharing/invites/${made.id}`)).status).toBe(204);
    expect((await ana.delete(`/sharing/invites/${made.id}`)).status).toBe(404);
    expect((await server.client().post('/auth/register-therapist', { name: 'withdrawn-code', password: TEST_PASSWORD, code: made.code })).status).toBe(404);
    expect(await auditLog(ana)).toContainEqual(expect.objectContaining({ kind: 'share-invite-cancelled', detail: expect.objectContaining({ inviteId: made.id }) }));
  });

  it('changes and ends a share, each effective on the therapist\'s very next request', async () => {
    const made = await invite(ana, ['summary', 'moments'], daysAhead(server, 30));
    const therapist = server.client();
    const account = await registerTherapist(therapist, made.code, 'dr-change');
    const anaId = (await ana.get('/me')).body.id;
    const share = (await ana.get('/sharing')).body.shares.find((candidate: { therapist: { id: string } }) => candidate.therapist.id === account.id);
    expect((await therapist.get(`/therapist/people/${anaId}/moments`)).status).toBe(200);

    const changed = await ana.put(`/sharing/${share.id}`, { scopes: ['summary'], until: daysAhead(server, 60) });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: share.id, scopes: ['summary'], until: daysAhead(server, 60) });
    const refused = await therapist.get(`/therapist/people/${anaId}/moments`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_shared');
    expect(refused.body.error.message).toContain('"moments"');
    expect(await auditLog(ana)).toContainEqual(expect.objectContaining({ kind: 'share-changed', detail: expect.objectContaining({ shareId: share.id, therapist: 'dr-change', scopes: 'summary' }) }));

    expect((await ana.delete(`/sharing/${share.id}`)).status).toBe(204);
    expect((await therapist.get(`/therapist/people/${anaId}/insights`)).status).toBe(404);
    expect((await therapist.get('/therapist/people')).body.people).toEqual([]);
    expect((await ana.delete(`/sharing/${share.id}`)).status).toBe(404);
    expect((await ana.put(`/sharing/${share.id}`, { scopes: ['summary'], until: daysAhead(server, 60) })).status).toBe(404);
    expect(await auditLog(ana)).toContainEqual(expect.objectContaining({ kind: 'share-revoked', detail: expect.objectContaining({ shareId: share.id, therapist: 'dr-change' }) }));
  });

  it('a second invite accepted by the same therapist changes the one share', async () => {
    const first = await invite(ana, ['summary'], daysAhead(server, 30));
    const therapist = server.client();
    const account = await registerTherapist(therapist, first.code, 'dr-twice');
    const second = await invite(ana, ['safety-plan'], daysAhead(server, 40));
    const person = await accept(therapist, second.code);
    expect(person).toMatchObject({ name: 'ana-shares', scopes: ['safety-plan'], until: daysAhead(server, 40) });
    const mine = (await ana.get('/sharing')).body.shares.filter((share: { therapist: { id: string } }) => share.therapist.id === account.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].scopes).toEqual(['safety-plan']);
  });

  it('a therapist account cannot invite or share, and a person cannot accept', async () => {
    const made = await invite(ana, ['summary'], daysAhead(server, 30));
    const therapist = server.client();
    await registerTherapist(therapist, made.code);
    const refused = await therapist.post('/sharing/invites', { scopes: ['summary'], until: daysAhead(server, 10) });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('therapist_account');

    const other = await invite(ana, ['summary'], daysAhead(server, 30));
    const ben = server.client();
    await ben.register('ben-accepts');
    const byPerson = await ben.post('/therapist/invites', { code: other.code });
    expect(byPerson.status).toBe(403);
    expect(byPerson.body.error.code).toBe('not_a_therapist');
    expect((await ben.get('/therapist/people')).body.error.code).toBe('not_a_therapist');
    // Refused, the code still works for a therapist.
    expect((await accept(therapist, other.code)).name).toBe('ana-shares');
  });

  it('a share runs out at its "until": then the therapist gets 404 and no longer lists the person', async () => {
    const made = await invite(ana, ['summary'], daysAhead(server, 2));
    const therapist = server.client();
    await registerTherapist(therapist, made.code, 'dr-expiry');
    const anaId = (await ana.get('/me')).body.id;
    expect((await therapist.get(`/therapist/people/${anaId}/insights`)).status).toBe(200);
    server.clock.advance(2 * DAY_MS + 1);
    expect((await therapist.get(`/therapist/people/${anaId}/insights`)).status).toBe(404);
    expect((await therapist.get('/therapist/people')).body.people).toEqual([]);
    expect((await ana.get('/sharing')).body.shares.map((share: { therapist: { name: string } }) => share.therapist.name)).not.toContain('dr-expiry');
  });
});

describe('a therapist\'s registration where sign-up is closed', () => {
  it('works with an invite, while sign-up without one stays closed', async () => {
    const server = await startTestServer();
    try {
      const owner = server.client();
      await owner.register('closed-owner');
      expect((await server.client().post('/auth/register', { name: 'no-invite', password: TEST_PASSWORD })).body.error.code).toBe('registration_closed');
      const made = await invite(owner, ['summary'], daysAhead(server, 30));
      const therapist = server.client();
      expect((await registerTherapist(therapist, made.code, 'dr-closed')).role).toBe('therapist');
      expect((await therapist.get('/therapist/people')).body.people.map((person: { name: string }) => person.name)).toEqual(['closed-owner']);
    } finally {
      await server.close();
    }
  });
});
