import { CATALOGUE, ExportDocumentSchema, type ExportDocument } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copingStylesAnswers, coreBeliefPractice, createMoment, createPractice, exportDocument, exportedMoment } from '../../test-support/factories';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

/** An account with a bit of everything, built through the API. */
async function fillAccount(browser: TestClient): Promise<void> {
  const skill = (await browser.post('/skills', { name: 'Call my sister', kind: 'coping', family: 'connection', summary: 'A call', steps: ['dial'] })).body;
  await browser.put(`/skills/${CATALOGUE[1]!.id}/classification`, { kind: 'maladaptive', family: 'avoidance' });
  await browser.post('/moments', createMoment({ id: 'b-moment', occurredAt: '2026-10-10T10:00:00Z', skillIds: [skill.id, CATALOGUE[0]!.id] }));
  await browser.post('/moments', createMoment({ id: 'a-moment', occurredAt: '2026-10-10T10:00:00Z', followUps: [{ at: '2026-10-10T12:00:00Z', distress: 2 }] }));
  await browser.post('/moments', createMoment({ occurredAt: '2026-09-01T07:30:00+02:00', satWithFeeling: true }));
  await browser.post('/moments', { distressBefore: 3 });
  await browser.put('/preferences', { followUpDelayMinutes: 90 });
  await browser.post('/moments/b-moment/follow-ups/skip');
  await browser.post('/moments/a-moment/follow-ups/skip');
  const plan = { weekdays: [1, 5], time: '08:15', timeZone: 'Europe/Dublin', notify: false };
  await browser.put('/path', { areas: [{ areaId: 'core-beliefs', layer: 0 }, { areaId: 'boundaries', layer: 0 }], pace: { practicesPerWeek: 2 }, paused: true, plan });
  await browser.post('/practices', coreBeliefPractice('I have to be perfect', 70, 55, { id: 'b-practice', startedAt: '2026-10-11T09:00:00Z' }));
  await browser.post('/practices', createPractice({ id: 'a-practice', startedAt: '2026-10-11T09:00:00Z', steppedBack: true, notes: 'two rounds' }));
  await browser.post('/practices', createPractice({ skillId: 'identifying-core-beliefs', exerciseId: null, pathAreaId: 'core-beliefs' }));
  await browser.post('/questionnaires/coping-styles/responses', { answers: copingStylesAnswers(3), takenAt: '2026-10-12T09:00:00Z' });
}

describe('export and import', () => {
  let server: TestServer;
  let sam: TestClient;
  let exported: ExportDocument;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    sam = server.client();
    await sam.register('exporter');
    await fillAccount(sam);
  });
  afterAll(() => server.close());

  it('exports everything as a v1 document, sorted, as a dated attachment', async () => {
    const response = await sam.get('/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="mend-export-2026-11-02.json"');
    exported = ExportDocumentSchema.parse(response.body);
    expect(exported).toMatchObject({ format: 'mend-export', version: 1, exportedAt: server.clock.now().toISOString(), account: { name: 'exporter' } });
    expect(exported.customSkills.map((skill) => skill.id)).toEqual([expect.stringMatching(/^custom-[0-9a-f]{10}$/)]);
    expect(exported.classifications).toEqual([{ skillId: CATALOGUE[1]!.id, kind: 'maladaptive', family: 'avoidance' }]);
    expect(exported.moments.map((moment) => moment.occurredAt)).toEqual([...exported.moments.map((moment) => moment.occurredAt)].sort());
    expect(exported.moments.slice(1, 3).map((moment) => moment.id)).toEqual(['a-moment', 'b-moment']);
    expect(exported.preferences).toEqual({ followUpDelayMinutes: 90, country: null, idleSignOutMinutes: null });
    const skippedAt = server.clock.now().toISOString();
    expect(exported.followUpSkips).toEqual([{ momentId: 'a-moment', at: skippedAt }, { momentId: 'b-moment', at: skippedAt }]);
    expect(exported.practices.map((practice) => practice.id).slice(0, 2)).toEqual(['a-practice', 'b-practice']);
    expect(exported.practices[1]).toMatchObject({ kind: 'healing', answers: { belief: 'I have to be perfect', 'strength-before': 70 } });
    expect(exported.practices[2]).toMatchObject({ pathAreaId: 'core-beliefs', exerciseId: null });
    expect(exported.path).toMatchObject({ version: 1, paused: true, pace: { practicesPerWeek: 2 }, plan: { weekdays: [1, 5], time: '08:15' } });
    expect(exported.path!.areas.map((area) => area.areaId)).toEqual(['core-beliefs', 'boundaries']);
    expect(exported.selfChecks).toEqual([expect.objectContaining({ questionnaireId: 'coping-styles', takenAt: '2026-10-12T09:00:00.000Z', answers: copingStylesAnswers(3) })]);
  });

  it('round-trips: import into an empty account, export again, same document', async () => {
    const other = await startTestServer({ clock: server.clock });
    try {
      const browser = other.client();
      await browser.register('exporter');
      const result = await browser.post('/import', exported);
      expect(result.status).toBe(200);
      expect(result.body).toEqual({
        moments: { created: exported.moments.length, updated: 0, unchanged: 0 },
        customSkills: { created: 1, updated: 0, unchanged: 0 },
        classifications: 1,
        safetyPlanVersions: { created: 0, unchanged: 0 },
        practices: { created: 3, updated: 0, unchanged: 0 },
        path: 'imported',
        selfChecks: { created: 1, updated: 0, unchanged: 0 },
      });
      expect((await browser.get('/export')).body).toEqual(exported);
    } finally {
      await other.close();
    }
  });

  it('changes nothing when the same file is imported again', async () => {
    const result = await sam.post('/import', exported);
    expect(result.body).toEqual({
      moments: { created: 0, updated: 0, unchanged: exported.moments.length },
      customSkills: { created: 0, updated: 0, unchanged: 1 },
      classifications: 1,
      safetyPlanVersions: { created: 0, unchanged: 0 },
      practices: { created: 0, updated: 0, unchanged: 3 },
      path: 'unchanged',
      selfChecks: { created: 0, updated: 0, unchanged: 1 },
    });
    expect((await sam.get('/export')).body).toEqual(exported);
  });

  it('updates records that differ and adds new ones, by id', async () => {
    const browser = server.client();
    await browser.register('updater');
    await browser.post('/import', exported);
    const changed = structuredClone(exported);
    changed.moments[0]!.note = 'changed in the file';
    changed.moments.push(exportedMoment({ id: 'brand-new' }));
    const result = await browser.post('/import', changed);
    expect(result.body.moments).toEqual({ created: 1, updated: 1, unchanged: exported.moments.length - 1 });
    expect((await browser.get(`/moments/${changed.moments[0]!.id}`)).body.note).toBe('changed in the file');
  });

  it('imports a moment without a version at 1, and moves a changed one past the account\'s so a stale edit gets 409', async () => {
    const browser = server.client();
    await browser.register('versions');
    const { version: _version, ...fromBefore } = exportedMoment({ id: 'no-version' });
    expect((await browser.post('/import', exportDocument({ moments: [fromBefore as never] }))).status).toBe(200);
    expect((await browser.get('/moments/no-version')).body.version).toBe(1);
    expect((await browser.patch('/moments/no-version', { baseVersion: 1, note: 'edited here' })).body.version).toBe(2);
    const result = await browser.post('/import', exportDocument({ moments: [exportedMoment({ id: 'no-version', note: 'from the file' })] }));
    expect(result.body.moments).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await browser.get('/moments/no-version')).body).toMatchObject({ note: 'from the file', version: 3 });
    expect((await browser.patch('/moments/no-version', { baseVersion: 2, note: 'from a tab still open' })).status).toBe(409);
    // The same content again is unchanged, whatever version the file gives it.
    const again = await browser.post('/import', exportDocument({ moments: [exportedMoment({ id: 'no-version', note: 'from the file', version: 7 })] }));
    expect(again.body.moments).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it('refuses a file from a newer Mend with 422', async () => {
    const response = await sam.post('/import', { ...exported, version: 2, somethingNew: [] });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('unsupported_version');
    expect(response.body.error.message).toMatch(/newer version of Mend/);
  });

  it('refuses what is not an export, naming the header fields', async () => {
    const response = await sam.post('/import', { hello: 'world' });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty('format');
    expect(response.body.error.fields).toHaveProperty('version');
  });

  it.each([
    ['a distress out of range', (doc: ExportDocument) => void (doc.moments[3]!.distressBefore = 12), 'moments.3.distressBefore'],
    ['an unknown field', (doc: ExportDocument) => void ((doc.moments[0] as Record<string, unknown>).extra = 1), 'moments.0.extra'],
    ['a moment naming an unknown skill', (doc: ExportDocument) => void (doc.moments[2]!.skillIds = ['not-a-skill']), 'moments.2.skillIds'],
    ['a moment in the future', (doc: ExportDocument) => void (doc.moments[1]!.occurredAt = '2031-01-01T00:00:00.000Z'), 'moments.1.occurredAt'],
    ['the same moment twice', (doc: ExportDocument) => void doc.moments.push(doc.moments[0]!), 'moments.5.id'],
    ['a classification of an unknown skill', (doc: ExportDocument) => void doc.classifications.push({ skillId: 'nope', kind: 'coping', family: 'other' }), 'classifications.1.skillId'],
    ['a skip of a moment that is nowhere', (doc: ExportDocument) => void doc.followUpSkips.push({ momentId: 'zz-nowhere', at: '2026-10-01T00:00:00Z' }), 'followUpSkips.2.momentId'],
    ['the same skip twice', (doc: ExportDocument) => void doc.followUpSkips.push({ momentId: doc.moments[0]!.id, at: '2026-10-01T00:00:00Z' }, doc.followUpSkips[0]!), 'followUpSkips.3.momentId'],
    ['a skip in the future', (doc: ExportDocument) => void (doc.followUpSkips[1]!.at = '2031-01-01T00:00:00.000Z'), 'followUpSkips.1.at'],
    ['a delay out of range', (doc: ExportDocument) => void (doc.preferences.followUpDelayMinutes = 5), 'preferences.followUpDelayMinutes'],
    ['a practice of an unknown skill', (doc: ExportDocument) => void (doc.practices[0]!.skillId = 'not-a-skill'), 'practices.0.skillId'],
    ['a practice in the future', (doc: ExportDocument) => void (doc.practices[1]!.startedAt = '2031-01-01T00:00:00.000Z'), 'practices.1.startedAt'],
    ['the same practice twice', (doc: ExportDocument) => void doc.practices.push(doc.practices[0]!), 'practices.3.id'],
    ['a practice with a distress of 11', (doc: ExportDocument) => void (doc.practices[0]!.distressBefore = 11), 'practices.0.distressBefore'],
    ['a path with an area Mend does not have', (doc: ExportDocument) => void (doc.path!.areas[1]!.areaId = 'astrology'), 'path.areas.1.areaId'],
    ['a path with a layer its area does not have', (doc: ExportDocument) => void (doc.path!.areas[0]!.layer = 9), 'path.areas.0.layer'],
    ['a path saved in the future', (doc: ExportDocument) => void (doc.path!.updatedAt = '2031-01-01T00:00:00.000Z'), 'path.updatedAt'],
  ])('refuses a file with %s and writes nothing', async (_name, spoil, field) => {
    const browser = server.client();
    await browser.register(`empty-${field.replace(/\W/g, '-')}`);
    const bad = structuredClone(exported);
    for (const moment of bad.moments) moment.note = 'from the bad file';
    bad.moments.push(exportedMoment({ id: 'would-be-new' }));
    spoil(bad);
    const response = await browser.post('/import', bad);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(response.body.error.fields).toHaveProperty([field]);
    const after = (await browser.get('/export')).body;
    expect(after.moments).toEqual([]);
    expect(after.customSkills).toEqual([]);
    expect(after.classifications).toEqual([]);
    expect(after.preferences).toEqual({ followUpDelayMinutes: 120, country: null, idleSignOutMinutes: null });
    expect(after.followUpSkips).toEqual([]);
    expect(after.practices).toEqual([]);
    expect(after.path).toBeNull();
  });

  it('imports skips of moments already in the account, and keeps preferences a file leaves out', async () => {
    const browser = server.client();
    await browser.register('older-file');
    await browser.put('/preferences', { followUpDelayMinutes: 30 });
    await browser.post('/moments', createMoment({ id: 'already-here', occurredAt: '2026-10-01T10:00:00Z' }));
    const { preferences: _left_out, ...older } = exportDocument({ followUpSkips: [{ momentId: 'already-here', at: '2026-10-01T13:00:00+01:00' }] });
    const response = await browser.post('/import', older);
    expect(response.status).toBe(200);
    const after = (await browser.get('/export')).body;
    expect(after.preferences).toEqual({ followUpDelayMinutes: 30, country: null, idleSignOutMinutes: null });
    expect(after.followUpSkips).toEqual([{ momentId: 'already-here', at: '2026-10-01T12:00:00.000Z' }]);
  });

  it('keeps the account\'s country when a file\'s preferences come from before countries', async () => {
    const browser = server.client();
    await browser.register('older-preferences');
    await browser.put('/preferences', { country: 'AU', idleSignOutMinutes: 240 });
    const older = { ...exportDocument(), preferences: { followUpDelayMinutes: 60 } };
    expect((await browser.post('/import', older)).status).toBe(200);
    // Nor the idle sign-out, from a file written before it existed.
    expect((await browser.get('/preferences')).body).toEqual({ followUpDelayMinutes: 60, country: 'AU', idleSignOutMinutes: 240 });
    expect((await browser.post('/import', { ...older, preferences: { followUpDelayMinutes: 60, country: null } })).status).toBe(200);
    expect((await browser.get('/preferences')).body.country).toBeNull();
  });

  it('imports a file from before practices and the path, leaving the account\'s path as it is', async () => {
    const browser = server.client();
    await browser.register('before-practices');
    const mine = (await browser.put('/path', { areas: [{ areaId: 'grief', layer: 0 }], pace: { practicesPerWeek: 1 }, paused: false })).body;
    const { practices: _practices, path: _path, ...older } = exportDocument({ moments: [exportedMoment({ id: 'old-file-moment' })] });
    const response = await browser.post('/import', older);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ moments: { created: 1 }, practices: { created: 0, updated: 0, unchanged: 0 }, path: 'not-in-file' });
    expect((await browser.get('/path')).body).toEqual(mine);
  });

  it('keeps a path saved after the file was made, and takes one saved later than the account\'s', async () => {
    const browser = server.client();
    await browser.register('two-devices');
    const mine = (await browser.put('/path', { areas: [{ areaId: 'grief', layer: 0 }], pace: { practicesPerWeek: 1 }, paused: false })).body;
    const olderFile = { ...exported, path: { ...exported.path!, updatedAt: '2026-10-01T00:00:00.000Z' } };
    expect((await browser.post('/import', olderFile)).body.path).toBe('kept-newer');
    // The file's practices came in, so only the stored part of the path is the same.
    const { next: _next, readiness: _readiness, practicesThisWeek: _count, ...stored } = mine;
    expect((await browser.get('/path')).body).toMatchObject(stored);

    server.clock.advance(60_000);
    const newerFile = { ...exported, path: { ...exported.path!, updatedAt: server.clock.now().toISOString() } };
    expect((await browser.post('/import', newerFile)).body.path).toBe('imported');
    const taken = (await browser.get('/path')).body;
    expect(taken).toMatchObject({ areas: exported.path!.areas, paused: true, version: mine.version + 1 });
    // An edit still open from the account's old version is refused, not lost.
    expect((await browser.put('/path', { baseVersion: mine.version, areas: [], pace: { practicesPerWeek: 1 }, paused: false })).status).toBe(409);
    expect((await browser.post('/import', newerFile)).body.path).toBe('unchanged');
  });

  it('accepts a file far larger than a normal request', async () => {
    const browser = server.client();
    await browser.register('big-importer');
    const moments = Array.from({ length: 400 }, (_, index) =>
      exportedMoment({ id: `big-${index}`, note: 'n'.repeat(1000), occurredAt: new Date(Date.UTC(2026, 0, 1) + index * 3600_000).toISOString() }),
    );
    const response = await browser.post('/import', exportDocument({ moments }));
    expect(response.status).toBe(200);
    expect(response.body.moments.created).toBe(400);
  });
});
