import { CATALOGUE } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment } from '../../test-support/factories';
import { withoutCrisisOffer, type TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

describe('moments', () => {
  let server: TestServer;
  let sam: TestClient;
  let kim: TestClient;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    sam = server.client();
    kim = server.client();
    await sam.register('sam');
    await kim.register('kim');
  });
  afterAll(() => server.close());

  it('logs a moment with only a distress level, filling the defaults', async () => {
    const response = await sam.post('/moments', { distressBefore: 8 });
    expect(response.status).toBe(201);
    const now = server.clock.now().toISOString();
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      occurredAt: now,
      distressBefore: 8,
      distressAfter: null,
      arousal: null,
      emotions: [],
      trigger: null,
      triggerTags: [],
      contextTags: [],
      skillIds: [],
      followUps: [],
      note: null,
      satWithFeeling: false,
      version: 1,
      createdAt: now,
      updatedAt: now,
      crisisOffer: false,
    });
    expect((await sam.get(`/moments/${response.body.id}`)).body).toEqual(withoutCrisisOffer(response.body));
  });

  it('keeps every field given, with times stored in UTC', async () => {
    const skillId = CATALOGUE[0]!.id;
    const input = createMoment({
      id: 'offline-1',
      occurredAt: '2026-11-02T23:40:00+02:00',
      skillIds: [skillId],
      followUps: [{ at: '2026-11-02T22:40:00Z', distress: 5 }],
      satWithFeeling: true,
    });
    const response = await sam.post('/moments', input);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      ...input,
      occurredAt: '2026-11-02T21:40:00.000Z',
      followUps: [{ at: '2026-11-02T22:40:00.000Z', distress: 5 }],
    });
  });

  it('refuses an id that is already used (409)', async () => {
    const response = await sam.post('/moments', createMoment({ id: 'offline-1' }));
    expect(response.status).toBe(409);
    expect(response.body.error.fields).toHaveProperty('id');
    // …but another person may use the same id for their own moment.
    expect((await kim.post('/moments', createMoment({ id: 'offline-1' }))).status).toBe(201);
    expect((await sam.get('/moments/offline-1')).body.note).toBe('it passed');
  });

  it('edits any field, adds distressAfter later and clears with null', async () => {
    const created = withoutCrisisOffer((await sam.post('/moments', { distressBefore: 9, note: 'hard' })).body);
    server.clock.advance(2 * 3600_000);
    const later = await sam.patch(`/moments/${created.id}`, {
      baseVersion: 1,
      distressAfter: 3,
      followUps: [{ at: server.clock.now().toISOString(), distress: 2 }],
      emotions: ['calm'],
      arousal: 'window',
      note: null,
      triggerTags: ['late-night'],
      satWithFeeling: true,
      distressBefore: 8,
      occurredAt: '2026-11-02T20:00:00Z',
      trigger: 'a call',
      contextTags: ['bed'],
    });
    expect(later.status).toBe(200);
    expect(later.body).toEqual({
      ...created,
      distressBefore: 8,
      distressAfter: 3,
      followUps: [{ at: server.clock.now().toISOString(), distress: 2 }],
      emotions: ['calm'],
      arousal: 'window',
      note: null,
      triggerTags: ['late-night'],
      satWithFeeling: true,
      occurredAt: '2026-11-02T20:00:00.000Z',
      trigger: 'a call',
      contextTags: ['bed'],
      version: 2,
      updatedAt: server.clock.now().toISOString(),
    });
    expect((await sam.get(`/moments/${created.id}`)).body).toEqual(later.body);

    // An edit that changes nothing does not move updatedAt, nor the version.
    server.clock.advance(60_000);
    expect((await sam.patch(`/moments/${created.id}`, { baseVersion: 2, distressAfter: 3 })).body).toEqual(later.body);
  });

  it('refuses an edit without its baseVersion, naming it', async () => {
    const created = withoutCrisisOffer((await sam.post('/moments', createMoment())).body);
    const response = await sam.patch(`/moments/${created.id}`, { note: 'no version' });
    expect(response.status).toBe(400);
    expect(response.body.error.fields.baseVersion).toMatch(/required/);
    expect(response.body.error.message).toContain('baseVersion');
    expect((await sam.get(`/moments/${created.id}`)).body).toEqual(created);
  });

  it('refuses a stale edit with 409, the current version and the moment as it is now', async () => {
    const created = withoutCrisisOffer((await sam.post('/moments', createMoment())).body);
    const first = await sam.patch(`/moments/${created.id}`, { baseVersion: 1, note: 'from the phone' });
    expect(first.body.version).toBe(2);
    const stale = await sam.patch(`/moments/${created.id}`, { baseVersion: 1, note: 'from the laptop' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.fields.baseVersion).toContain('2');
    expect(stale.body.error.current).toEqual(first.body);
    expect((await sam.get(`/moments/${created.id}`)).body.note).toBe('from the phone');
  });

  it('bumps the version when a follow-up is answered, so an edit from before it is stale', async () => {
    const created = withoutCrisisOffer((await sam.post('/moments', createMoment())).body);
    const answered = await sam.post(`/moments/${created.id}/follow-ups`, { distress: 2 });
    expect(answered.body.version).toBe(2);
    expect((await sam.patch(`/moments/${created.id}`, { baseVersion: 1, followUps: [] })).status).toBe(409);
    expect((await sam.get(`/moments/${created.id}`)).body.followUps).toHaveLength(1);
  });

  it('deletes a moment', async () => {
    const created = withoutCrisisOffer((await sam.post('/moments', createMoment())).body);
    const deleted = await sam.delete(`/moments/${created.id}`);
    expect(deleted.status).toBe(204);
    expect((await sam.get(`/moments/${created.id}`)).status).toBe(404);
    expect((await sam.delete(`/moments/${created.id}`)).status).toBe(404);
  });

  it("answers another person's moment exactly like a missing one", async () => {
    const mine = withoutCrisisOffer((await sam.post('/moments', createMoment())).body);
    const missing = await kim.get('/moments/no-such-moment');
    expect(missing.status).toBe(404);
    for (const response of [
      await kim.get(`/moments/${mine.id}`),
      await kim.patch(`/moments/${mine.id}`, { baseVersion: 1, note: 'mine now' }),
      await kim.delete(`/moments/${mine.id}`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual(missing.body);
    }
    expect((await sam.get(`/moments/${mine.id}`)).body).toEqual(mine);
    const kimsIds = (await kim.get('/moments?limit=500')).body.moments.map((moment: { id: string }) => moment.id);
    expect(kimsIds).not.toContain(mine.id);
  });
});

describe('paging moments', () => {
  let server: TestServer;
  let browser: TestClient;
  const times = [
    '2026-10-01T10:00:00.000Z',
    '2026-10-02T10:00:00.000Z',
    '2026-10-02T10:00:00.000Z',
    '2026-10-03T10:00:00.000Z',
    '2026-10-04T10:00:00.000Z',
    '2026-10-05T10:00:00.000Z',
    '2026-10-05T10:00:00.000Z',
  ];
  beforeAll(async () => {
    server = await startTestServer();
    browser = server.client();
    await browser.register('pager');
    for (const [index, occurredAt] of times.entries()) {
      await browser.post('/moments', { id: `m${index}`, occurredAt, distressBefore: index });
    }
  });
  afterAll(() => server.close());

  const idsOf = (page: { moments: Array<{ id: string }> }) => page.moments.map((moment) => moment.id);

  it('lists newest first, ties broken by id, with a cursor to the next page', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/moments?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await browser.get(query);
      expect(response.status).toBe(200);
      seen.push(...idsOf(response.body));
      cursor = response.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['m6', 'm5', 'm4', 'm3', 'm2', 'm1', 'm0']);
  });

  it('says there is no next page when the last page is exactly full', async () => {
    const response = await browser.get('/moments?limit=7');
    expect(response.body.moments).toHaveLength(7);
    expect(response.body.nextCursor).toBeNull();
  });

  it('defaults to 50 a page', async () => {
    const response = await browser.get('/moments');
    expect(response.body.moments).toHaveLength(7);
    expect(response.body.nextCursor).toBeNull();
  });

  it('filters by from (inclusive) and to (exclusive), also across pages', async () => {
    const range = await browser.get('/moments?from=2026-10-02T10:00:00Z&to=2026-10-05T10:00:00Z');
    expect(idsOf(range.body)).toEqual(['m4', 'm3', 'm2', 'm1']);

    const first = await browser.get('/moments?from=2026-10-02T10:00:00Z&to=2026-10-05T10:00:00Z&limit=2');
    expect(idsOf(first.body)).toEqual(['m4', 'm3']);
    const second = await browser.get(`/moments?from=2026-10-02T10:00:00Z&to=2026-10-05T10:00:00Z&limit=2&cursor=${first.body.nextCursor}`);
    expect(idsOf(second.body)).toEqual(['m2', 'm1']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not make and unknown query fields', async () => {
    const bad = await browser.get('/moments?cursor=garbage');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('cursor');
    const unknown = await browser.get('/moments?sort=asc');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual({ sort: 'is not a field Mend knows' });
    const limit = await browser.get('/moments?limit=0');
    expect(limit.body.error.fields).toHaveProperty('limit');
  });
});
