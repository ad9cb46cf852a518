import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedMoment } from '../test-support/factories';
import { makeDataDir } from '../test-support/test-server';
import { deleteMoment, getMoment, getMomentsByIds, insertMoment, listAllMoments, listMoments, listMomentTags, replaceFollowUps, replaceMoment } from './moments-store';
import { openStorage, type Storage } from './open-storage';
import { insertUser } from './users-store';

describe('moments store: every query is scoped to its owner', () => {
  let storage: Storage;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = makeDataDir();
    storage = await openStorage({ dataDir });
    for (const id of ['owner-a', 'owner-b']) {
      await insertUser(storage.db, { id, name: id, role: 'person', passwordHash: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
    }
    await insertMoment(storage.db, 'owner-a', exportedMoment({ id: 'shared-id', note: 'a', triggerTags: ['work'] }));
    await insertMoment(storage.db, 'owner-b', exportedMoment({ id: 'shared-id', note: 'b' }));
    await insertMoment(storage.db, 'owner-a', exportedMoment({ id: 'only-a' }));
  });
  afterAll(async () => {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads only the owner’s rows, even for the same id', async () => {
    expect((await getMoment(storage.db, 'owner-a', 'shared-id'))?.note).toBe('a');
    expect((await getMoment(storage.db, 'owner-b', 'shared-id'))?.note).toBe('b');
    expect(await getMoment(storage.db, 'owner-b', 'only-a')).toBeUndefined();
    expect([...(await getMomentsByIds(storage.db, 'owner-b', ['shared-id', 'only-a'])).keys()]).toEqual(['shared-id']);
    expect((await listMoments(storage.db, 'owner-b', { limit: 10 })).map((moment) => moment.note)).toEqual(['b']);
    expect(await listAllMoments(storage.db, 'owner-b')).toHaveLength(1);
    expect(await listMomentTags(storage.db, 'owner-b')).toEqual([{ triggerTags: [], contextTags: [] }]);
  });

  it('never changes or deletes another owner’s row', async () => {
    expect(await deleteMoment(storage.db, 'owner-b', 'only-a')).toBe(false);
    expect(await replaceMoment(storage.db, 'owner-b', exportedMoment({ id: 'only-a', note: 'overwritten', version: 2 }), 1)).toBe(false);
    expect(await replaceFollowUps(storage.db, 'owner-b', exportedMoment({ id: 'only-a', followUps: [{ at: '2026-10-01T12:00:00.000Z', distress: 1 }], version: 2 }), 1)).toBe(false);
    expect((await getMoment(storage.db, 'owner-a', 'only-a'))?.note).toBeNull();
    expect(await insertMoment(storage.db, 'owner-a', exportedMoment({ id: 'shared-id' }))).toBe(false);
  });

  it('writes an edit only from the version it read: of two from the same version, one wins', async () => {
    await insertMoment(storage.db, 'owner-a', exportedMoment({ id: 'versioned' }));
    const first = replaceMoment(storage.db, 'owner-a', exportedMoment({ id: 'versioned', note: 'first', version: 2 }), 1);
    const second = replaceMoment(storage.db, 'owner-a', exportedMoment({ id: 'versioned', note: 'second', version: 2 }), 1);
    expect(await Promise.all([first, second])).toEqual([true, false]);
    expect(await getMoment(storage.db, 'owner-a', 'versioned')).toMatchObject({ note: 'first', version: 2 });
  });

  it('writes a follow-up answer the same way, and leaves the rest of the moment as it was', async () => {
    const moment = exportedMoment({ id: 'answered', note: 'kept sealed', trigger: 'the bus' });
    await insertMoment(storage.db, 'owner-a', moment);
    const answered = { ...moment, followUps: [{ at: '2026-10-01T12:00:00.000Z', distress: 2 }], version: 2, updatedAt: '2026-10-01T12:00:01.000Z' };
    const again = { ...answered, followUps: [{ at: '2026-10-01T12:30:00.000Z', distress: 1 }] };
    expect(await Promise.all([replaceFollowUps(storage.db, 'owner-a', answered, 1), replaceFollowUps(storage.db, 'owner-a', again, 1)])).toEqual([true, false]);
    expect(await getMoment(storage.db, 'owner-a', 'answered')).toEqual(answered);
  });

  it('stores and reads back every field losslessly', async () => {
    const moment = exportedMoment({
      id: 'full',
      distressAfter: 2,
      arousal: 'hypo',
      emotions: ['numb', 'tired'],
      trigger: 'a "quote" and ünïcode',
      triggerTags: ['late-night'],
      contextTags: ['bed'],
      skillIds: ['box-breathing'],
      followUps: [{ at: '2026-10-01T09:00:00.000Z', distress: 1 }],
      note: 'line one\nline two',
      satWithFeeling: true,
    });
    await insertMoment(storage.db, 'owner-a', moment);
    expect(await getMoment(storage.db, 'owner-a', 'full')).toEqual(moment);
  });
});
