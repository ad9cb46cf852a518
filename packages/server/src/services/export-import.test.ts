import fs from 'node:fs';
import { CATALOGUE, type Classification, type ExportDocument } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../storage/open-storage';
import { exportDocument, exportedMoment } from '../test-support/factories';
import { FIXED_NOW } from '../test-support/test-clock';
import { makeDataDir } from '../test-support/test-server';
import { exportAccount } from './export';
import { importAccount } from './import';
import { addUser } from './users';

describe('exportAccount and importAccount (as the CLI uses them)', () => {
  const now = new Date(FIXED_NOW);
  const dirs: string[] = [];
  const stores: Storage[] = [];
  const freshAccount = async (name: string) => {
    const dataDir = makeDataDir();
    dirs.push(dataDir);
    const storage = await openStorage({ dataDir });
    stores.push(storage);
    return { storage, me: await addUser(storage, { name, password: 'a long password' }, now) };
  };
  let document: ExportDocument;
  beforeAll(() => {
    document = exportDocument({
      account: { name: 'river' },
      customSkills: [{ id: 'custom-swim', name: 'Swim', kind: 'coping', family: 'movement', summary: '', steps: ['get wet'], createdAt: '2026-09-01T00:00:00.000Z', awaitingClassification: false }],
      classifications: ([
        { skillId: 'custom-swim', kind: 'healing', family: 'regulation' },
        { skillId: CATALOGUE[2]!.id, kind: 'coping', family: 'other' },
      ] satisfies Classification[]).sort((a, b) => (a.skillId < b.skillId ? -1 : 1)),
      moments: [
        exportedMoment({ id: 'm-1', occurredAt: '2026-10-01T08:00:00.000Z', skillIds: ['custom-swim'] }),
        exportedMoment({ id: 'm-2', occurredAt: '2026-10-01T08:00:00.000Z', followUps: [{ at: '2026-10-01T09:00:00.000Z', distress: 3 }] }),
        exportedMoment({ id: 'm-0', occurredAt: '2026-10-02T08:00:00.000Z', emotions: ['sad'], note: 'ok' }),
      ],
      // The idle sign-out is never imported (it guards sessions), so a round trip starts from the account's: off.
      preferences: { followUpDelayMinutes: 45, country: 'IE', idleSignOutMinutes: null },
      followUpSkips: [
        { momentId: 'm-0', at: '2026-10-02T11:00:00.000Z' },
        { momentId: 'm-1', at: '2026-10-01T10:00:00.000Z' },
      ],
      practices: [
        {
          id: 'p-1', skillId: 'custom-swim', exerciseId: null, kind: 'healing', startedAt: '2026-10-03T07:00:00.000Z', durationSeconds: 1200,
          distressBefore: 3, distressAfter: 2, notes: null, steppedBack: false, answers: {}, pathAreaId: 'nervous-system', createdAt: '2026-10-03T07:20:00.000Z',
        },
      ],
      path: {
        version: 3,
        areas: [
          // Two layers deep once, back at the middle one since.
          { areaId: 'nervous-system', layer: 1, startedAt: '2026-09-20T10:00:00.000Z', layerStartedAt: '2026-10-02T10:00:00.000Z', deepestLayer: 2, deepestLayerAt: '2026-09-28T10:00:00.000Z' },
          { areaId: 'boundaries', layer: 0, startedAt: '2026-09-21T10:00:00.000Z', layerStartedAt: '2026-09-21T10:00:00.000Z', deepestLayer: 0, deepestLayerAt: null },
        ],
        pace: { practicesPerWeek: 1 },
        paused: false,
        pausedAt: null,
        plan: { weekdays: [6], time: '10:00', timeZone: 'Pacific/Auckland', notify: true },
        updatedAt: '2026-10-02T10:00:00.000Z',
      },
      selfChecks: [
        {
          id: 'c-1', questionnaireId: 'maladaptive-check', questionnaireVersion: '1', takenAt: '2026-10-04T09:00:00.000Z', answers: { 'avoid-1': '3' },
          scales: [{ id: 'avoidance', title: 'Avoidance and distraction', score: null, min: 3, max: 12 }], composites: [],
        },
      ],
    });
  });
  afterAll(async () => {
    for (const storage of stores) await storage.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('import into an empty account, then export, gives the same document', async () => {
    const { storage, me } = await freshAccount('river');
    const result = await importAccount(storage, me.id, document, now);
    expect(result).toEqual({
      moments: { created: 3, updated: 0, unchanged: 0 },
      customSkills: { created: 1, updated: 0, unchanged: 0 },
      classifications: 2,
      safetyPlanVersions: { created: 0, unchanged: 0 },
      practices: { created: 1, updated: 0, unchanged: 0 },
      path: 'imported',
      selfChecks: { created: 1, updated: 0, unchanged: 0 },
    });
    const exported = await exportAccount(storage, me.id, now);
    expect(exported).toEqual(document);
    expect(JSON.stringify(exported)).toBe(JSON.stringify(document));

    // …and that export imported once more changes nothing.
    expect(await importAccount(storage, me.id, exported, now)).toEqual({
      moments: { created: 0, updated: 0, unchanged: 3 },
      customSkills: { created: 0, updated: 0, unchanged: 1 },
      classifications: 2,
      safetyPlanVersions: { created: 0, unchanged: 0 },
      practices: { created: 0, updated: 0, unchanged: 1 },
      path: 'unchanged',
      selfChecks: { created: 0, updated: 0, unchanged: 1 },
    });
  });

  it('keeps the account’s idle sign-out, whatever the file says', async () => {
    const { storage, me } = await freshAccount('river');
    await importAccount(storage, me.id, { ...document, preferences: { ...document.preferences, idleSignOutMinutes: 60 } }, now);
    expect((await exportAccount(storage, me.id, now)).preferences).toEqual(document.preferences);
  });

  it('stores times in one spelling, so a hand-edited file still round-trips stably', async () => {
    const { storage, me } = await freshAccount('river');
    const edited = structuredClone(document);
    edited.moments[0]!.occurredAt = '2026-10-01T10:00:00+02:00';
    await importAccount(storage, me.id, edited, now);
    const exported = await exportAccount(storage, me.id, now);
    expect(exported.moments.find((moment) => moment.id === 'm-1')?.occurredAt).toBe('2026-10-01T08:00:00.000Z');
  });

  it('imports a path from before the deepest layer was remembered: the layer it was in, from when that began', async () => {
    const { storage, me } = await freshAccount('river');
    const older = JSON.parse(JSON.stringify(document)) as Record<string, unknown> & { path: { areas: Record<string, unknown>[] } };
    for (const area of older.path.areas) {
      delete area.deepestLayer;
      delete area.deepestLayerAt;
    }
    expect((await importAccount(storage, me.id, older, now)).path).toBe('imported');
    expect((await exportAccount(storage, me.id, now)).path?.areas).toEqual([
      { areaId: 'nervous-system', layer: 1, startedAt: '2026-09-20T10:00:00.000Z', layerStartedAt: '2026-10-02T10:00:00.000Z', deepestLayer: 1, deepestLayerAt: '2026-10-02T10:00:00.000Z' },
      { areaId: 'boundaries', layer: 0, startedAt: '2026-09-21T10:00:00.000Z', layerStartedAt: '2026-09-21T10:00:00.000Z', deepestLayer: 0, deepestLayerAt: null },
    ]);
    // The same older file again: the filled-in path is the stored one.
    expect((await importAccount(storage, me.id, older, now)).path).toBe('unchanged');
    // One of the two without the other is a mistake, not an older file.
    delete older.path.areas[0]!.deepestLayerAt;
    older.path.areas[0]!.deepestLayer = 1;
    await expect(importAccount(storage, me.id, older, now)).rejects.toMatchObject({
      statusCode: 400,
      fields: { 'path.areas.0.deepestLayerAt': 'must be given along with deepestLayer (or both left out)' },
    });
  });

  it('leaves the account untouched when a skip names a moment that will not exist', async () => {
    const { storage, me } = await freshAccount('river');
    const spoiled = structuredClone(document);
    spoiled.followUpSkips.push({ momentId: 'm-gone', at: '2026-10-02T11:00:00.000Z' });
    await expect(importAccount(storage, me.id, spoiled, now)).rejects.toMatchObject({
      statusCode: 400,
      fields: { 'followUpSkips.2.momentId': expect.any(String) },
    });
    const exported = await exportAccount(storage, me.id, now);
    expect(exported).toMatchObject({ moments: [], customSkills: [], preferences: { followUpDelayMinutes: 120 }, followUpSkips: [], practices: [], path: null });
  });

  it('throws a 422 problem for a newer format before looking at the fields', async () => {
    const { storage, me } = await freshAccount('river');
    await expect(importAccount(storage, me.id, { format: 'mend-export', version: 7, moments: 'whatever' }, now)).rejects.toMatchObject({
      statusCode: 422,
      code: 'unsupported_version',
    });
  });
});
