import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedMoment } from '../test-support/factories';
import { makeDataDir } from '../test-support/test-server';
import { insertSkip, listSkips, listSkipsFor, upsertSkip } from './follow-up-skips-store';
import { deleteMoment, getMoment, insertMoment, listInsightsMoments, listMomentsBetween } from './moments-store';
import { openStorage, type Storage } from './open-storage';
import { getPreferences, savePreferences } from './preferences-store';
import { insertUser } from './users-store';

describe('preferences, follow-up skips and the range queries: scoped to their owner', () => {
  let storage: Storage;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = makeDataDir();
    storage = await openStorage({ dataDir });
    for (const id of ['owner-a', 'owner-b']) {
      await insertUser(storage.db, { id, name: id, role: 'person', passwordHash: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
    }
    for (const owner of ['owner-a', 'owner-b']) {
      await insertMoment(storage.db, owner, exportedMoment({ id: 'shared-id', occurredAt: '2026-10-01T08:00:00.000Z' }));
    }
    await insertMoment(storage.db, 'owner-a', exportedMoment({ id: 'later', occurredAt: '2026-10-02T08:00:00.000Z' }));
    await insertMoment(storage.db, 'owner-a', exportedMoment({ id: 'latest', occurredAt: '2026-10-03T08:00:00.000Z' }));
  });
  afterAll(async () => {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps each person’s preferences apart; none stored means undefined', async () => {
    expect(await getPreferences(storage.db, 'owner-a')).toBeUndefined();
    await savePreferences(storage.db, 'owner-a', { followUpDelayMinutes: 30, country: null, idleSignOutMinutes: null });
    await savePreferences(storage.db, 'owner-a', { followUpDelayMinutes: 45, country: 'GB', idleSignOutMinutes: 240 });
    expect(await getPreferences(storage.db, 'owner-a')).toEqual({ followUpDelayMinutes: 45, country: 'GB', idleSignOutMinutes: 240 });
    expect(await getPreferences(storage.db, 'owner-b')).toBeUndefined();
  });

  it('keeps the first skip time, lets an import overwrite it, and reads only the owner’s skips', async () => {
    await insertSkip(storage.db, 'owner-a', { momentId: 'shared-id', at: '2026-10-01T10:00:00.000Z' });
    await insertSkip(storage.db, 'owner-a', { momentId: 'shared-id', at: '2026-10-01T11:00:00.000Z' });
    expect(await listSkips(storage.db, 'owner-a')).toEqual([{ momentId: 'shared-id', at: '2026-10-01T10:00:00.000Z' }]);
    await upsertSkip(storage.db, 'owner-a', { momentId: 'shared-id', at: '2026-10-01T12:00:00.000Z' });
    expect(await listSkipsFor(storage.db, 'owner-a', ['shared-id', 'later'])).toEqual([{ momentId: 'shared-id', at: '2026-10-01T12:00:00.000Z' }]);
    expect(await listSkips(storage.db, 'owner-b')).toEqual([]);
    expect(await listSkipsFor(storage.db, 'owner-b', ['shared-id'])).toEqual([]);
  });

  it('refuses a skip for a moment the owner does not have', async () => {
    await expect(insertSkip(storage.db, 'owner-b', { momentId: 'later', at: '2026-10-02T10:00:00.000Z' })).rejects.toThrow(/FOREIGN KEY/);
  });

  it('deletes a skip with its moment', async () => {
    await insertSkip(storage.db, 'owner-b', { momentId: 'shared-id', at: '2026-10-01T10:00:00.000Z' });
    await deleteMoment(storage.db, 'owner-b', 'shared-id');
    expect(await listSkips(storage.db, 'owner-b')).toEqual([]);
    expect(await listSkips(storage.db, 'owner-a')).toHaveLength(1);
  });

  it('reads moments by time range, both ends inclusive, only the owner’s', async () => {
    const between = await listMomentsBetween(storage.db, 'owner-a', '2026-10-01T08:00:00.000Z', '2026-10-02T08:00:00.000Z');
    expect(between.map((moment) => moment.id)).toEqual(['later', 'shared-id']);
    const upTo = await listInsightsMoments(storage.db, 'owner-a', '2026-10-02T08:00:00.000Z');
    expect(upTo.map((moment) => moment.occurredAt).sort()).toEqual(['2026-10-01T08:00:00.000Z', '2026-10-02T08:00:00.000Z']);
    expect(await listInsightsMoments(storage.db, 'owner-b', '2026-12-01T00:00:00.000Z')).toEqual([]);
  });

  it('gives the insights every field they read, decoded', async () => {
    const full = exportedMoment({
      id: 'for-insights',
      occurredAt: '2026-09-01T08:00:00.000Z',
      distressAfter: 3,
      arousal: 'hypo',
      triggerTags: ['late-night'],
      contextTags: ['bed'],
      skillIds: ['box-breathing'],
      followUps: [{ at: '2026-09-01T10:00:00.000Z', distress: 4 }],
      satWithFeeling: true,
      note: 'not needed by the insights',
    });
    await insertMoment(storage.db, 'owner-b', full);
    const { id: _id, note: _note, emotions: _emotions, trigger: _trigger, version: _version, createdAt: _created, updatedAt: _updated, ...read } = (await getMoment(storage.db, 'owner-b', 'for-insights'))!;
    expect(await listInsightsMoments(storage.db, 'owner-b', '2026-09-01T08:00:00.000Z')).toEqual([read]);
    expect(await listInsightsMoments(storage.db, 'owner-b', '2026-09-01T07:59:59.999Z')).toEqual([]);
  });
});
