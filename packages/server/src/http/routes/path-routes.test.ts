import { PathSchema } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment, createPractice } from '../../test-support/factories';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

const plan = { weekdays: [0, 3], time: '19:30', timeZone: 'Europe/Dublin', notify: false };

describe('the healing path', () => {
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

  it('starts with nothing chosen, at version 0, with no next step', async () => {
    const response = await sam.get('/path');
    expect(response.status).toBe(200);
    expect(PathSchema.parse(response.body)).toEqual({
      version: 0, areas: [], pace: { practicesPerWeek: 1 }, paused: false, pausedAt: null, plan: null, updatedAt: null,
      next: null, readiness: [], practicesThisWeek: 0,
    });
  });

  it('saves chosen areas at their gentlest layer, with a pace and a plan, and offers the next step', async () => {
    const now = server.clock.now().toISOString();
    const saved = await sam.put('/path', {
      baseVersion: 0,
      areas: [{ areaId: 'core-beliefs', layer: 0 }, { areaId: 'boundaries', layer: 0 }],
      pace: { practicesPerWeek: 2 },
      paused: false,
      plan,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: 1,
      areas: [
        { areaId: 'core-beliefs', layer: 0, startedAt: now, layerStartedAt: now, deepestLayer: 0, deepestLayerAt: null },
        { areaId: 'boundaries', layer: 0, startedAt: now, layerStartedAt: now, deepestLayer: 0, deepestLayerAt: null },
      ],
      pace: { practicesPerWeek: 2 },
      plan,
      updatedAt: now,
      next: { areaId: 'core-beliefs', layer: 0, ready: true, readyFrom: null },
      practicesThisWeek: 0,
    });
    expect(saved.body.readiness.map((entry: { areaId: string }) => entry.areaId)).toEqual(['core-beliefs', 'boundaries']);
    expect(saved.body.readiness[0]).toMatchObject({ hasDeeperLayer: true, practicesInLayer: 0, offerDeeper: false });
    expect((await sam.get('/path')).body).toEqual(saved.body);
    // Nobody else sees it.
    expect((await kim.get('/path')).body.version).toBe(0);
  });

  it('counts path practices against the pace, and never calls a step overdue', async () => {
    const first = (await sam.get('/path')).body.next;
    server.clock.advance(10 * 60_000);
    const practice = { skillId: first.skillId, exerciseId: first.exerciseId, pathAreaId: 'core-beliefs', answers: {}, startedAt: server.clock.now().toISOString() };
    expect((await sam.post('/practices', createPractice({ ...practice, id: 'path-1' }))).status).toBe(201);
    expect((await sam.post('/practices', createPractice({ ...practice, id: 'path-2' }))).status).toBe(201);
    const path = (await sam.get('/path')).body;
    expect(path.practicesThisWeek).toBe(2);
    expect(path.next).toMatchObject({ areaId: 'boundaries', ready: false, readyFrom: expect.any(String) });
    expect(path.readiness[0]).toMatchObject({ areaId: 'core-beliefs', practicesInLayer: 2 });
  });

  it('refuses a save from an older version with 409 and keeps the newer path', async () => {
    const current = (await sam.get('/path')).body;
    const stale = await sam.put('/path', { baseVersion: 0, areas: [], pace: { practicesPerWeek: 1 }, paused: false });
    expect(stale.status).toBe(409);
    expect(stale.body.error.fields).toHaveProperty('baseVersion');
    expect(stale.body.error.message).toMatch(/version 1/);
    expect((await sam.get('/path')).body).toEqual(current);
  });

  it.each([
    ['an area Mend does not have', [{ areaId: 'astrology', layer: 0 }], 'areas.0.areaId'],
    ['a new area started past its gentlest layer', [{ areaId: 'core-beliefs', layer: 0 }, { areaId: 'grief', layer: 1 }], 'areas.1.layer'],
    ['a jump of two layers', [{ areaId: 'core-beliefs', layer: 2, feelSafeEnough: true }], 'areas.0.layer'],
    ['a layer the area does not have', [{ areaId: 'core-beliefs', layer: 9, feelSafeEnough: true }], 'areas.0.layer'],
    ['a deeper layer without the person’s own yes', [{ areaId: 'core-beliefs', layer: 1 }], 'areas.0.feelSafeEnough'],
    ['a deeper layer with a no', [{ areaId: 'core-beliefs', layer: 1, feelSafeEnough: false }], 'areas.0.feelSafeEnough'],
    ['the same area twice', [{ areaId: 'core-beliefs', layer: 0 }, { areaId: 'core-beliefs', layer: 0 }], 'areas'],
  ])('refuses %s with 400 naming the field, and saves nothing', async (_name, areas, field) => {
    const before = (await sam.get('/path')).body;
    const response = await sam.put('/path', { baseVersion: before.version, areas, pace: { practicesPerWeek: 2 }, paused: false, plan });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty([field]);
    expect(response.body.error.message).toContain(field);
    expect((await sam.get('/path')).body).toEqual(before);
  });

  it.each([
    ['a pace of 0', { pace: { practicesPerWeek: 0 } }, 'pace.practicesPerWeek'],
    ['a weekday 7', { plan: { ...plan, weekdays: [7] } }, 'plan.weekdays.0'],
    ['a time of 25:00', { plan: { ...plan, time: '25:00' } }, 'plan.time'],
    ['a made-up time zone', { plan: { ...plan, timeZone: 'Mars/Olympus' } }, 'plan.timeZone'],
  ])('refuses %s with 400 naming the field', async (_name, change, field) => {
    const response = await sam.put('/path', { areas: [{ areaId: 'core-beliefs', layer: 0 }], pace: { practicesPerWeek: 2 }, paused: false, plan, ...change });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty([field]);
  });

  it('goes one layer deeper with the person’s own yes, and back to a gentler one at any time', async () => {
    const before = (await sam.get('/path')).body;
    server.clock.advance(60_000);
    const deeper = await sam.put('/path', {
      baseVersion: before.version,
      areas: [{ areaId: 'core-beliefs', layer: 1, feelSafeEnough: true }, { areaId: 'boundaries', layer: 0 }],
      pace: before.pace,
      paused: false,
      plan,
    });
    expect(deeper.status).toBe(200);
    expect(deeper.body.version).toBe(before.version + 1);
    const deeperAt = server.clock.now().toISOString();
    expect(deeper.body.areas[0]).toEqual({ ...before.areas[0], layer: 1, layerStartedAt: deeperAt, deepestLayer: 1, deepestLayerAt: deeperAt });
    expect(deeper.body.areas[1]).toEqual(before.areas[1]);
    // The practices of the earlier layer do not count towards the new one.
    expect(deeper.body.readiness[0]).toMatchObject({ practicesInLayer: 0 });

    server.clock.advance(60_000);
    const gentler = await sam.put('/path', { areas: [{ areaId: 'core-beliefs', layer: 0 }, { areaId: 'boundaries', layer: 0 }], pace: before.pace, paused: false, plan });
    expect(gentler.status).toBe(200);
    // Back at the gentlest layer, and the step deeper is still remembered, from when it was taken.
    const back = { layer: 0, layerStartedAt: server.clock.now().toISOString(), deepestLayer: 1, deepestLayerAt: deeperAt };
    expect(gentler.body.areas[0]).toMatchObject(back);
    expect((await sam.get('/path')).body.areas[0]).toMatchObject(back);
  });

  it('makes no new version when nothing changed', async () => {
    const current = (await sam.get('/path')).body;
    server.clock.advance(60_000);
    const again = await sam.put('/path', {
      baseVersion: current.version,
      areas: current.areas.map((area: { areaId: string; layer: number }) => ({ areaId: area.areaId, layer: area.layer })),
      pace: current.pace,
      paused: false,
      plan,
    });
    expect(again.body.version).toBe(current.version);
    expect(again.body.updatedAt).toBe(current.updatedAt);
  });

  it('pauses and resumes without losing anything', async () => {
    const before = (await sam.get('/path')).body;
    const areas = before.areas.map((area: { areaId: string; layer: number }) => ({ areaId: area.areaId, layer: area.layer }));
    server.clock.advance(60_000);
    const pausedAt = server.clock.now().toISOString();
    const paused = await sam.put('/path', { baseVersion: before.version, areas, pace: before.pace, paused: true, plan });
    expect(paused.body).toMatchObject({ paused: true, pausedAt, areas: before.areas, plan, pace: before.pace, next: null });

    // Saving again while paused keeps the time the pause began.
    server.clock.advance(60_000);
    const stillPaused = await sam.put('/path', { areas, pace: { practicesPerWeek: 3 }, paused: true, plan });
    expect(stillPaused.body).toMatchObject({ paused: true, pausedAt });

    server.clock.advance(60_000);
    const resumed = await sam.put('/path', { areas, pace: before.pace, paused: false, plan });
    expect(resumed.body).toMatchObject({ paused: false, pausedAt: null, areas: before.areas, plan, pace: before.pace });
    expect(resumed.body.next).not.toBeNull();
  });

  it('sees steady weeks from the person’s own moments', async () => {
    const steady = server.client();
    await steady.register('steady');
    // Two complete weeks before the current one, each with a few moments inside the window.
    for (const day of ['2026-10-20', '2026-10-22', '2026-10-27', '2026-10-29']) {
      await steady.post('/moments', createMoment({ occurredAt: `${day}T10:00:00Z`, distressBefore: 4, arousal: 'window' }));
    }
    const path = (await steady.put('/path', { areas: [{ areaId: 'core-beliefs', layer: 0 }], pace: { practicesPerWeek: 1 }, paused: false })).body;
    expect(path.readiness[0]).toMatchObject({ steadyWeeks: true, offerDeeper: false });
  });

  it('needs sign-in', async () => {
    const stranger = server.client();
    expect((await stranger.get('/path')).status).toBe(401);
    expect((await stranger.put('/path', { areas: [], pace: { practicesPerWeek: 1 }, paused: false })).status).toBe(401);
  });
});
