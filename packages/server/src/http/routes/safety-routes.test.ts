import { CRISIS_LINES, emptySafetyPlan, SafetyPlanSchema } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

const plan = {
  ...emptySafetyPlan(),
  warningSigns: ['I stop answering messages'],
  calmingSkillIds: ['box-breathing'],
  calmingIdeas: ['A hot shower'],
  distractions: ['The library on Elm Street'],
  helpers: [{ name: 'Ana', phone: '+44 7700 900123', note: 'any time' }],
  professionals: [{ name: 'Dr Reyes', phone: '020 7946 0000', note: null }],
  saferSurroundings: ['Give the spare pills to Ana'],
  reasons: ['My niece', 'Seeing the sea again'],
};

describe('safety plan', () => {
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

  it('starts empty at version 0', async () => {
    const response = await sam.get('/safety-plan');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...emptySafetyPlan(), version: 0, savedAt: null });
    expect((await sam.get('/safety-plan/history')).body).toEqual({ versions: [] });
  });

  it('saves versions, keeps every earlier one, and keeps people apart', async () => {
    const first = await sam.put('/safety-plan', { ...plan, baseVersion: 0 });
    expect(first.status).toBe(200);
    expect(SafetyPlanSchema.parse(first.body)).toEqual({ ...plan, version: 1, savedAt: server.clock.now().toISOString() });
    server.clock.advance(60_000);
    const second = await sam.put('/safety-plan', { ...plan, reasons: [...plan.reasons, 'Finishing the quilt'], baseVersion: 1 });
    expect(second.body.version).toBe(2);
    expect((await sam.get('/safety-plan')).body).toEqual(second.body);

    const history = (await sam.get('/safety-plan/history')).body.versions;
    expect(history.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    expect(history[1]).toEqual(first.body);

    expect((await kim.get('/safety-plan')).body.version).toBe(0);
    expect((await kim.get('/safety-plan/history')).body.versions).toEqual([]);
  });

  it('makes no new version when nothing changed', async () => {
    const current = (await sam.get('/safety-plan')).body;
    const { version: _version, savedAt: _savedAt, ...content } = current;
    server.clock.advance(60_000);
    expect((await sam.put('/safety-plan', content)).body).toEqual(current);
  });

  it('refuses an edit made from an older version with 409, and keeps the newer plan', async () => {
    const current = (await sam.get('/safety-plan')).body;
    const stale = await sam.put('/safety-plan', { ...plan, warningSigns: ['overwritten?'], baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.fields).toHaveProperty('baseVersion');
    expect(stale.body.error.message).toMatch(/version 2/);
    expect((await sam.get('/safety-plan')).body).toEqual(current);
  });

  it.each([
    ['an empty warning sign', { warningSigns: [''] }, 'warningSigns.0'],
    ['a phone with letters', { helpers: [{ name: 'Ana', phone: 'call me', note: null }] }, 'helpers.0.phone'],
    ['a contact without a name', { professionals: [{ name: ' ', phone: '123', note: null }] }, 'professionals.0.name'],
    ['an unknown skill', { calmingSkillIds: ['no-such-skill'] }, 'calmingSkillIds'],
    ['a skill twice', { calmingSkillIds: ['box-breathing', 'box-breathing'] }, 'calmingSkillIds'],
    ['a photo that is not an image', { photo: 'data:text/html;base64,PHNjcmlwdD4=' }, 'photo'],
    ['an unknown part', { wishes: ['x'] }, 'wishes'],
    ['a missing part', { reasons: undefined }, 'reasons'],
    ['a version that is not one', { baseVersion: -1 }, 'baseVersion'],
  ])('refuses %s with 400 naming the field, and saves nothing', async (_name, change, field) => {
    const before = (await sam.get('/safety-plan/history')).body;
    const response = await sam.put('/safety-plan', { ...plan, ...change });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty([field]);
    expect((await sam.get('/safety-plan/history')).body).toEqual(before);
  });

  it('keeps a small photo', async () => {
    const photo = `data:image/png;base64,${Buffer.from('not really a png, but base64').toString('base64')}`;
    const saved = await sam.put('/safety-plan', { ...plan, photo });
    expect(saved.status).toBe(200);
    expect((await sam.get('/safety-plan')).body.photo).toBe(photo);
  });

  it('travels in the export and comes back on import, once', async () => {
    const exported = (await sam.get('/export')).body;
    expect(exported.safetyPlanVersions.map((version: { version: number }) => version.version)).toEqual([1, 2, 3]);
    const other = server.client();
    await other.register('sam-elsewhere');
    expect((await other.post('/import', exported)).body.safetyPlanVersions).toEqual({ created: 3, unchanged: 0 });
    expect((await other.post('/import', exported)).body.safetyPlanVersions).toEqual({ created: 0, unchanged: 3 });
    expect((await other.get('/safety-plan')).body).toEqual((await sam.get('/safety-plan')).body);
  });

  it('keeps edits made after a backup when the backup is imported again', async () => {
    const backup = (await sam.get('/export')).body;
    server.clock.advance(60_000);
    const newer = (await sam.put('/safety-plan', { ...plan, warningSigns: ['after the backup'] })).body;
    const older = { ...backup, safetyPlanVersions: [{ ...backup.safetyPlanVersions[0], version: 4, warningSigns: ['from another device'] }] };
    expect((await sam.post('/import', older)).body.safetyPlanVersions).toEqual({ created: 1, unchanged: 0 });
    const versions = (await sam.get('/safety-plan/history')).body.versions;
    expect(versions.find((version: { version: number }) => version.version === 4).warningSigns).toEqual(['after the backup']);
    expect(versions[0].warningSigns).toEqual(['from another device']);
    expect(newer.version).toBe(4);
  });

  it('needs sign-in', async () => {
    const stranger = server.client();
    expect((await stranger.get('/safety-plan')).status).toBe(401);
    expect((await stranger.put('/safety-plan', plan)).status).toBe(401);
    expect((await stranger.get('/safety-plan/history')).status).toBe(401);
  });
});

describe('crisis lines', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('lists every country without sign-in, each line with a source and a check date', async () => {
    const response = await server.client().get('/crisis-lines');
    expect(response.status).toBe(200);
    expect(response.body.countries.map((entry: { country: string }) => entry.country)).toEqual(CRISIS_LINES.map((entry) => entry.country));
    for (const entry of response.body.countries) {
      for (const line of entry.lines) {
        expect(line.source).not.toBe('');
        expect(line.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(response.body.elsewhere.directoryUrl).toMatch(/^https:\/\//);
  });

  it('answers one country, in any case, and none for a country Mend has no lines for', async () => {
    const gb = (await server.client().get('/crisis-lines?country=gb')).body;
    expect(gb.countries).toHaveLength(1);
    expect(gb.countries[0].lines.map((line: { call: string | null }) => line.call)).toContain('116 123');
    const elsewhere = (await server.client().get('/crisis-lines?country=ZZ')).body;
    expect(elsewhere.countries).toEqual([]);
    expect(elsewhere.elsewhere.steps.length).toBeGreaterThan(0);
  });

  it('refuses a country that is not a two-letter code, naming the field', async () => {
    const response = await server.client().get('/crisis-lines?country=Britain');
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty('country');
  });
});
