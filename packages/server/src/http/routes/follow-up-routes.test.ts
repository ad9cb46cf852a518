import { PendingFollowUpsSchema, PreferencesSchema } from '@mend/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMoment, uniqueName } from '../../test-support/factories';
import { FIXED_NOW } from '../../test-support/test-clock';
import { withoutCrisisOffer, type TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('preferences and follow-ups', () => {
  let server: TestServer;
  let sam: TestClient;
  let kim: TestClient;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
  });
  beforeEach(async () => {
    server.clock.set(FIXED_NOW);
    sam = server.client();
    kim = server.client();
    await sam.register(uniqueName('sam'));
    await kim.register(uniqueName('kim'));
  });
  afterAll(() => server.close());

  const at = (offset: number) => new Date(server.clock.now().getTime() + offset).toISOString();
  const pendingIds = async (client: TestClient) => {
    const response = await client.get('/follow-ups/pending');
    expect(response.status).toBe(200);
    return PendingFollowUpsSchema.parse(response.body).pending.map((entry) => entry.momentId);
  };

  describe('GET and PUT /preferences', () => {
    it('starts with the defaults, keeps a change, and keeps people apart', async () => {
      expect((await sam.get('/preferences')).body).toEqual({ followUpDelayMinutes: 120, country: null, idleSignOutMinutes: null });
      const put = await sam.put('/preferences', { followUpDelayMinutes: 30 });
      expect(put.status).toBe(200);
      expect(PreferencesSchema.parse(put.body)).toEqual({ followUpDelayMinutes: 30, country: null, idleSignOutMinutes: null });
      expect((await sam.get('/preferences')).body).toEqual({ followUpDelayMinutes: 30, country: null, idleSignOutMinutes: null });
      expect((await kim.get('/preferences')).body).toEqual({ followUpDelayMinutes: 120, country: null, idleSignOutMinutes: null });
    });

    it.each([
      ['too short', { followUpDelayMinutes: 10 }, 'followUpDelayMinutes'],
      ['too long', { followUpDelayMinutes: 1441 }, 'followUpDelayMinutes'],
      ['not whole', { followUpDelayMinutes: 30.5 }, 'followUpDelayMinutes'],
      ['text', { followUpDelayMinutes: '30' }, 'followUpDelayMinutes'],
      ['an unknown field', { followUpDelayMinutes: 30, theme: 'dark' }, 'theme'],
    ])('refuses a delay that is %s, naming the field, and keeps the old one', async (_name, body, field) => {
      await sam.put('/preferences', { followUpDelayMinutes: 45 });
      const response = await sam.put('/preferences', body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
      expect(response.body.error.fields).toHaveProperty([field]);
      expect((await sam.get('/preferences')).body).toEqual({ followUpDelayMinutes: 45, country: null, idleSignOutMinutes: null });
    });

    it('changes only what is sent: a country keeps the delay, and null clears the country', async () => {
      await sam.put('/preferences', { followUpDelayMinutes: 60 });
      expect((await sam.put('/preferences', { country: 'GB' })).body).toEqual({ followUpDelayMinutes: 60, country: 'GB', idleSignOutMinutes: null });
      expect((await sam.get('/preferences')).body).toEqual({ followUpDelayMinutes: 60, country: 'GB', idleSignOutMinutes: null });
      expect((await sam.put('/preferences', { country: null })).body).toEqual({ followUpDelayMinutes: 60, country: null, idleSignOutMinutes: null });
    });

    it.each([['gb'], ['GBR'], [''], [12]])('refuses the country %j, naming the field', async (country) => {
      await sam.put('/preferences', { country: 'IE' });
      const response = await sam.put('/preferences', { country });
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toHaveProperty(['country']);
      expect((await sam.get('/preferences')).body.country).toBe('IE');
    });

    it('needs sign-in', async () => {
      expect((await server.client().get('/preferences')).status).toBe(401);
      expect((await server.client().get('/follow-ups/pending')).status).toBe(401);
    });
  });

  describe('GET /follow-ups/pending', () => {
    it('lists a moment once the delay has passed, not before, until it expires after 48 h', async () => {
      const moment = (await sam.post('/moments', createMoment({ occurredAt: at(0), distressBefore: 8, distressAfter: 5, skillIds: ['box-breathing'] }))).body;
      expect(await pendingIds(sam)).toEqual([]);
      server.clock.advance(119 * MINUTE);
      expect(await pendingIds(sam)).toEqual([]);
      server.clock.advance(MINUTE);
      const response = await sam.get('/follow-ups/pending');
      expect(response.body).toEqual({
        delayMinutes: 120,
        pending: [{ momentId: moment.id, occurredAt: moment.occurredAt, dueAt: at(0), distressBefore: 8, distressAfter: 5, skillIds: ['box-breathing'] }],
      });
      server.clock.set(new Date(Date.parse(moment.occurredAt) + 48 * HOUR).toISOString());
      expect(await pendingIds(sam)).toEqual([moment.id]);
      server.clock.advance(1);
      expect(await pendingIds(sam)).toEqual([]);
    });

    it('follows the person’s own delay', async () => {
      await sam.put('/preferences', { followUpDelayMinutes: 15 });
      const moment = (await sam.post('/moments', createMoment({ occurredAt: at(-20 * MINUTE) }))).body;
      const response = await sam.get('/follow-ups/pending');
      expect(response.body.delayMinutes).toBe(15);
      expect(response.body.pending.map((entry: { momentId: string }) => entry.momentId)).toEqual([moment.id]);
      expect(await pendingIds(kim)).toEqual([]);
    });

    it('lists the newest five, and never moments already followed up or logged at 0', async () => {
      const ids: string[] = [];
      for (let hour = 3; hour <= 9; hour++) ids.push((await sam.post('/moments', createMoment({ occurredAt: at(-hour * HOUR) }))).body.id);
      await sam.post('/moments', createMoment({ occurredAt: at(-150 * MINUTE), followUps: [{ at: at(-MINUTE), distress: 2 }] }));
      await sam.post('/moments', createMoment({ occurredAt: at(-140 * MINUTE), distressBefore: 0, distressAfter: null }));
      expect(await pendingIds(sam)).toEqual(ids.slice(0, 5));
    });

    it('drops a moment once it is answered or skipped', async () => {
      const answered = (await sam.post('/moments', createMoment({ occurredAt: at(-3 * HOUR) }))).body;
      const skipped = (await sam.post('/moments', createMoment({ occurredAt: at(-4 * HOUR) }))).body;
      const open = (await sam.post('/moments', createMoment({ occurredAt: at(-5 * HOUR) }))).body;
      expect(await pendingIds(sam)).toEqual([answered.id, skipped.id, open.id]);
      expect((await sam.post(`/moments/${answered.id}/follow-ups`, { distress: 3 })).status).toBe(201);
      expect((await sam.post(`/moments/${skipped.id}/follow-ups/skip`)).status).toBe(204);
      expect(await pendingIds(sam)).toEqual([open.id]);
    });
  });

  describe('POST /moments/:id/follow-ups', () => {
    it('appends {at: now, distress}, keeps the list in time order and touches updatedAt', async () => {
      const moment = (await sam.post('/moments', createMoment({ occurredAt: at(-5 * HOUR), followUps: [{ at: at(-HOUR), distress: 4 }] }))).body;
      server.clock.advance(MINUTE);
      const now = response201(await sam.post(`/moments/${moment.id}/follow-ups`, { distress: 3 }));
      expect(now.followUps).toEqual([{ at: at(-HOUR - MINUTE), distress: 4 }, { at: at(0), distress: 3 }]);
      expect(now.updatedAt).toBe(at(0));

      const earlier = response201(await sam.post(`/moments/${moment.id}/follow-ups`, { distress: 6, at: '2026-11-02T18:00:00+01:00' }));
      expect(earlier.followUps).toEqual([
        { at: '2026-11-02T17:00:00.000Z', distress: 6 },
        { at: at(-HOUR - MINUTE), distress: 4 },
        { at: at(0), distress: 3 },
      ]);
      expect((await sam.get(`/moments/${moment.id}`)).body).toEqual(earlier);
    });

    it('accepts an answer at the very time of the moment', async () => {
      const moment = (await sam.post('/moments', createMoment({ occurredAt: at(-HOUR) }))).body;
      expect((await sam.post(`/moments/${moment.id}/follow-ups`, { distress: 5, at: moment.occurredAt })).status).toBe(201);
    });

    it.each([
      ['a distress of 11', { distress: 11 }, 'distress'],
      ['no distress', {}, 'distress'],
      ['a time before the moment', { distress: 3, at: '2026-11-02T16:59:59Z' }, 'at'],
      ['a time in the future', { distress: 3, at: '2026-11-05T00:00:00Z' }, 'at'],
      ['a time that is not one', { distress: 3, at: 'tonight' }, 'at'],
      ['an unknown field', { distress: 3, mood: 'ok' }, 'mood'],
    ])('refuses %s with 400 naming the field, and writes nothing', async (_name, body, field) => {
      const moment = withoutCrisisOffer((await sam.post('/moments', createMoment({ occurredAt: '2026-11-02T17:00:00Z' }))).body);
      server.clock.advance(MINUTE);
      const response = await sam.post(`/moments/${moment.id}/follow-ups`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
      expect(Object.keys(response.body.error.fields)).toEqual([field]);
      expect((await sam.get(`/moments/${moment.id}`)).body).toEqual(moment);
    });

    it('answers 404 for another person’s moment and for none, and leaves it alone', async () => {
      const moment = withoutCrisisOffer((await sam.post('/moments', createMoment({ occurredAt: at(-3 * HOUR) }))).body);
      expect((await kim.post(`/moments/${moment.id}/follow-ups`, { distress: 1 })).status).toBe(404);
      expect((await kim.post(`/moments/${moment.id}/follow-ups/skip`)).status).toBe(404);
      expect((await sam.post('/moments/no-such-moment/follow-ups', { distress: 1 })).status).toBe(404);
      expect((await sam.post('/moments/no-such-moment/follow-ups/skip')).status).toBe(404);
      expect((await sam.get(`/moments/${moment.id}`)).body).toEqual(moment);
      expect(await pendingIds(sam)).toEqual([moment.id]);
    });

    it('stops at 20 follow-ups, the most a moment holds', async () => {
      const followUps = Array.from({ length: 20 }, (_, index) => ({ at: at(-(index + 1) * MINUTE), distress: 3 }));
      const moment = (await sam.post('/moments', createMoment({ occurredAt: at(-HOUR), followUps }))).body;
      const response = await sam.post(`/moments/${moment.id}/follow-ups`, { distress: 2 });
      expect(response.status).toBe(409);
      expect((await sam.get(`/moments/${moment.id}`)).body.followUps).toHaveLength(20);
    });
  });

  describe('POST /moments/:id/follow-ups/skip', () => {
    it('is idempotent, and the skip goes when its moment is deleted', async () => {
      const moment = (await sam.post('/moments', createMoment({ id: 'skip-me', occurredAt: at(-3 * HOUR) }))).body;
      expect((await sam.post(`/moments/${moment.id}/follow-ups/skip`)).status).toBe(204);
      server.clock.advance(MINUTE);
      const again = await sam.post(`/moments/${moment.id}/follow-ups/skip`);
      expect(again.status).toBe(204);
      expect(again.body).toBe('');
      expect((await sam.get('/export')).body.followUpSkips).toEqual([{ momentId: 'skip-me', at: at(-MINUTE) }]);
      expect(await pendingIds(sam)).toEqual([]);

      expect((await sam.delete(`/moments/${moment.id}`)).status).toBe(204);
      expect((await sam.get('/export')).body.followUpSkips).toEqual([]);
      // The same id logged again is a new moment: it is asked about again.
      await sam.post('/moments', createMoment({ id: 'skip-me', occurredAt: at(-3 * HOUR) }));
      expect(await pendingIds(sam)).toEqual(['skip-me']);
    });

    it('accepts an empty JSON object as the body', async () => {
      const moment = (await sam.post('/moments', createMoment({ occurredAt: at(-3 * HOUR) }))).body;
      expect((await sam.post(`/moments/${moment.id}/follow-ups/skip`, {})).status).toBe(204);
    });
  });
});

function response201<T>(response: { status: number; body: T }): T {
  expect(response.status).toBe(201);
  return response.body;
}
