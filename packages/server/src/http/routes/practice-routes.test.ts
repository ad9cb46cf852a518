import { PracticeSchema } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreBeliefPractice, createPractice } from '../../test-support/factories';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

describe('practices', () => {
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

  it('records a practice with only the required fields, filling the defaults', async () => {
    const startedAt = '2026-11-02T21:00:00+01:00';
    const response = await sam.post('/practices', { skillId: 'box-breathing', startedAt, durationSeconds: 120 });
    expect(response.status).toBe(201);
    expect(PracticeSchema.parse(response.body)).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      skillId: 'box-breathing',
      exerciseId: null,
      startedAt: '2026-11-02T20:00:00.000Z',
      durationSeconds: 120,
      distressBefore: null,
      distressAfter: null,
      notes: null,
      steppedBack: false,
      answers: {},
      pathAreaId: null,
      kind: 'coping',
      createdAt: server.clock.now().toISOString(),
    });
  });

  it('keeps a worksheet’s answers and gives the kind the person classified the skill as', async () => {
    const worksheet = await sam.post('/practices', coreBeliefPractice("I'm not enough", 80, 65, { id: 'sheet-1', notes: 'hard but ok' }));
    expect(worksheet.status).toBe(201);
    expect(worksheet.body).toMatchObject({ kind: 'healing', answers: { belief: "I'm not enough", 'strength-before': 80, 'strength-after': 65 }, notes: 'hard but ok' });

    await sam.put('/skills/box-breathing/classification', { kind: 'healing', family: 'regulation' });
    expect((await sam.post('/practices', createPractice({ id: 'breath-as-healing' }))).body.kind).toBe('healing');
    await sam.delete('/skills/box-breathing/classification');
  });

  it.each([
    ['an unknown skill', { skillId: 'no-such-skill', exerciseId: null }, 'skillId'],
    ['an exercise for another skill', { skillId: 'challenging-core-beliefs', exerciseId: 'box-breathing' }, 'exerciseId'],
    ['an exercise Mend does not have', { exerciseId: 'juggling' }, 'exerciseId'],
    ['a rating beyond its scale', coreBeliefPractice('I am too much', 101, 50), 'answers.strength-before'],
    ['an answer to a step the exercise does not have', { answers: { 'not-a-step': 'x' } }, 'answers.not-a-step'],
    ['answers without an exercise', { exerciseId: null, answers: { belief: 'x' } }, 'answers'],
    ['a path area that is not chosen', { pathAreaId: 'grief' }, 'pathAreaId'],
    ['a start in the future', { startedAt: '2026-11-05T22:00:00Z' }, 'startedAt'],
    ['a distress of 11', { distressBefore: 11 }, 'distressBefore'],
    ['a negative duration', { durationSeconds: -5 }, 'durationSeconds'],
    ['an unknown field', { mood: 'ok' }, 'mood'],
  ])('refuses %s with 400 naming the field, and stores nothing', async (_name, change, field) => {
    const before = (await sam.get('/practices?limit=500')).body.practices.length;
    const response = await sam.post('/practices', { ...createPractice(), ...change });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty([field]);
    expect(response.body.error.message).toContain(field);
    expect((await sam.get('/practices?limit=500')).body.practices).toHaveLength(before);
  });

  it('counts a practice as a path step only for a skill of a layer the person has reached', async () => {
    const lee = server.client();
    await lee.register('lee');
    await lee.put('/path', { areas: [{ areaId: 'core-beliefs', layer: 0 }], pace: { practicesPerWeek: 2 }, paused: false });
    const gentle = await lee.post('/practices', createPractice({ skillId: 'identifying-core-beliefs', exerciseId: 'finding-a-core-belief', pathAreaId: 'core-beliefs' }));
    expect(gentle.status).toBe(201);
    // A layer-two worksheet sent as a path step while the person is still in layer one.
    const deeper = await lee.post('/practices', coreBeliefPractice('I am too much', 70, 60, { pathAreaId: 'core-beliefs' }));
    expect(deeper.status).toBe(400);
    expect(deeper.body.error.fields.pathAreaId).toBe('does not have "challenging-core-beliefs" in a layer you have reached');
    // The same worksheet outside the path is always fine.
    expect((await lee.post('/practices', coreBeliefPractice('I am too much', 70, 60))).status).toBe(201);
  });

  it('answers a resend of the same practice with the stored one, and a different one under that id with 409', async () => {
    const practice = createPractice({ id: 'offline-practice', steppedBack: true, notes: 'stepped back after a minute' });
    const first = await sam.post('/practices', practice);
    expect(first.status).toBe(201);
    server.clock.advance(60_000);
    const again = await sam.post('/practices', practice);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);

    const different = await sam.post('/practices', { ...practice, notes: 'something else' });
    expect(different.status).toBe(409);
    expect(different.body.error.fields).toHaveProperty('id');
    // Another person may use the same id for their own practice.
    expect((await kim.post('/practices', practice)).status).toBe(201);
    expect((await sam.get('/practices?limit=500')).body.practices.filter((entry: { id: string }) => entry.id === 'offline-practice')).toEqual([first.body]);
  });

  it('still answers a resend with the stored practice after its path area was taken off the path', async () => {
    const ray = server.client();
    await ray.register('ray');
    await ray.put('/path', { areas: [{ areaId: 'core-beliefs', layer: 0 }], pace: { practicesPerWeek: 1 }, paused: false });
    const stepBack = createPractice({ id: 'step-back-1', skillId: 'identifying-core-beliefs', exerciseId: 'finding-a-core-belief', steppedBack: true, pathAreaId: 'core-beliefs' });
    const first = await ray.post('/practices', stepBack);
    expect(first.status).toBe(201);
    await ray.put('/path', { baseVersion: 1, areas: [], pace: { practicesPerWeek: 1 }, paused: false });
    // The answer to the first send was lost; the device sends it again.
    const again = await ray.post('/practices', stepBack);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    // A new practice in that area is refused now, naming the field.
    expect((await ray.post('/practices', { ...stepBack, id: 'step-back-2' })).body.error.fields).toHaveProperty('pathAreaId');
  });

  it('lists newest first, from a time on, before a time, by skill, up to a limit', async () => {
    const ids = ['list-a', 'list-b', 'list-c'];
    for (const [index, id] of ids.entries()) {
      await sam.post('/practices', createPractice({ id, skillId: 'longer-exhale', exerciseId: 'longer-exhale', startedAt: `2026-10-0${index + 1}T09:00:00Z` }));
    }
    const all = (await sam.get('/practices?limit=500')).body.practices;
    const times = all.map((practice: { startedAt: string }) => practice.startedAt);
    expect(times).toEqual([...times].sort().reverse());

    const bySkill = (await sam.get('/practices?skillId=longer-exhale')).body.practices.map((practice: { id: string }) => practice.id);
    expect(bySkill).toEqual(['list-c', 'list-b', 'list-a']);
    const since = (await sam.get('/practices?skillId=longer-exhale&since=2026-10-02T09:00:00Z')).body.practices.map((practice: { id: string }) => practice.id);
    expect(since).toEqual(['list-c', 'list-b']);
    const within = (await sam.get('/practices?skillId=longer-exhale&since=2026-10-01T09:00:00Z&before=2026-10-03T09:00:00Z')).body.practices.map((practice: { id: string }) => practice.id);
    expect(within).toEqual(['list-b', 'list-a']);
    expect((await sam.get('/practices?before=soon')).body.error.fields).toHaveProperty('before');
    expect((await sam.get('/practices?skillId=longer-exhale&limit=1')).body.practices.map((practice: { id: string }) => practice.id)).toEqual(['list-c']);
    expect((await sam.get('/practices?limit=0')).body.error.fields).toHaveProperty('limit');
    expect((await sam.get('/practices?since=yesterday')).body.error.fields).toHaveProperty('since');
  });

  it('gives back one practice of the person with its answers', async () => {
    const stored = (await sam.post('/practices', coreBeliefPractice('I am a burden', 90, 70, { id: 'sheet-to-read', notes: 'wrote it all down' }))).body;
    const response = await sam.get('/practices/sheet-to-read');
    expect(response.status).toBe(200);
    expect(PracticeSchema.parse(response.body)).toEqual(stored);
    expect(response.body.answers).toEqual({ belief: 'I am a burden', 'strength-before': 90, 'evidence-against': 'my friends keep calling', 'strength-after': 70 });
  });

  it("answers another person's practice and an unknown id with the same 404", async () => {
    await sam.post('/practices', createPractice({ id: 'sams-to-read' }));
    const missing = await kim.get('/practices/no-such-practice');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const theirs = await kim.get('/practices/sams-to-read');
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual(missing.body);
    expect((await sam.get('/practices/sams-to-read')).status).toBe(200);
  });

  it("keeps another person's practices out of sight: listing, deleting and resending", async () => {
    const mine = (await sam.post('/practices', createPractice({ id: 'sams-only' }))).body;
    const kims = (await kim.get('/practices?limit=500')).body.practices.map((practice: { id: string }) => practice.id);
    expect(kims).not.toContain('sams-only');
    const missing = await kim.delete('/practices/no-such-practice');
    expect(missing.status).toBe(404);
    const theirs = await kim.delete('/practices/sams-only');
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual(missing.body);
    expect((await sam.get('/practices?limit=500')).body.practices).toContainEqual(mine);
  });

  it('deletes a practice', async () => {
    await sam.post('/practices', createPractice({ id: 'to-delete' }));
    expect((await sam.delete('/practices/to-delete')).status).toBe(204);
    expect((await sam.delete('/practices/to-delete')).status).toBe(404);
    expect((await sam.get('/practices?limit=500')).body.practices.map((practice: { id: string }) => practice.id)).not.toContain('to-delete');
  });

  it('needs sign-in', async () => {
    const stranger = server.client();
    expect((await stranger.get('/practices')).status).toBe(401);
    expect((await stranger.post('/practices', createPractice())).status).toBe(401);
    expect((await stranger.get('/practices/x')).status).toBe(401);
    expect((await stranger.delete('/practices/x')).status).toBe(401);
  });
});
