import fs from 'node:fs';
import type { PathState } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataDir } from '../test-support/test-server';
import { deleteCalendarFeed, findCalendarFeedOwner, upsertCalendarFeed } from './calendar-feeds-store';
import { openStorage, type Storage } from './open-storage';
import { getPathState, savePathState } from './path-store';
import { insertUser } from './users-store';

const at = '2026-10-01T08:00:00.000Z';
const state = (version: number, areaIds: string[]): PathState & { updatedAt: string } => ({
  version,
    // The first area never went deeper; the others have been one layer deeper than they are now.
  areas: areaIds.map((areaId, index) => ({
    areaId, layer: index, startedAt: at, layerStartedAt: at,
    deepestLayer: index === 0 ? 0 : index + 1, deepestLayerAt: index === 0 ? null : '2026-09-20T08:00:00.000Z',
  })),
  pace: { practicesPerWeek: 2 },
  paused: false,
  pausedAt: null,
  plan: { weekdays: [0], time: '09:00', timeZone: 'UTC', notify: false },
  updatedAt: at,
});

describe('the path and calendar-feed stores: one writer wins, each owner apart', () => {
  let storage: Storage;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = makeDataDir();
    storage = await openStorage({ dataDir });
    for (const id of ['owner-a', 'owner-b']) {
      await insertUser(storage.db, { id, name: id, role: 'person', passwordHash: 'x', createdAt: at });
    }
  });
  afterAll(async () => {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('saves only from the version stored, keeping the order areas were chosen in', async () => {
    expect(await getPathState(storage.db, 'owner-a')).toBeUndefined();
    expect(await savePathState(storage.db, 'owner-a', state(1, ['grief', 'boundaries']), 0)).toBe(true);
    // A second first save (another device, same moment) finds the row there.
    expect(await savePathState(storage.db, 'owner-a', state(1, ['inner-child']), 0)).toBe(false);
    expect(await savePathState(storage.db, 'owner-a', state(2, ['inner-child']), 5)).toBe(false);
    expect(await getPathState(storage.db, 'owner-a')).toEqual(state(1, ['grief', 'boundaries']));

    expect(await savePathState(storage.db, 'owner-a', state(2, ['boundaries', 'grief', 'core-beliefs']), 1)).toBe(true);
    expect((await getPathState(storage.db, 'owner-a'))!.areas.map((area) => area.areaId)).toEqual(['boundaries', 'grief', 'core-beliefs']);
    expect(await getPathState(storage.db, 'owner-b')).toBeUndefined();
  });

  it('finds a feed only by its current key hash, and forgets it when turned off', async () => {
    await upsertCalendarFeed(storage.db, 'owner-a', 'hash-1', at);
    await upsertCalendarFeed(storage.db, 'owner-b', 'hash-b', at);
    expect(await findCalendarFeedOwner(storage.db, 'hash-1')).toBe('owner-a');
    await upsertCalendarFeed(storage.db, 'owner-a', 'hash-2', at);
    expect(await findCalendarFeedOwner(storage.db, 'hash-1')).toBeUndefined();
    expect(await findCalendarFeedOwner(storage.db, 'hash-2')).toBe('owner-a');
    expect(await deleteCalendarFeed(storage.db, 'owner-a')).toBe(true);
    expect(await deleteCalendarFeed(storage.db, 'owner-a')).toBe(false);
    expect(await findCalendarFeedOwner(storage.db, 'hash-2')).toBeUndefined();
    expect(await findCalendarFeedOwner(storage.db, 'hash-b')).toBe('owner-b');
  });
});
