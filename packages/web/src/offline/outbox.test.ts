import 'fake-indexeddb/auto';
import { MomentSchema } from '@mend/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { entryMoment, getEntry, isKeptInTabOnly, listEntries, outboxBody, queueMoment, removeEntry, subscribeOutbox, updateEntry } from './outbox';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 21, minute));

beforeEach(async () => {
  for (const entry of await listEntries()) await removeEntry(entry.id);
});

describe('outboxBody', () => {
  it('fixes the id and the time at the tap, so a moment logged offline keeps its real time', () => {
    const body = outboxBody({ distressBefore: 7 }, at(40));
    expect(body).toEqual({ distressBefore: 7, id: expect.stringMatching(/^[0-9a-f-]{36}$/), occurredAt: '2026-11-02T21:40:00.000Z' });
    expect(outboxBody({ distressBefore: 7 }, at(40)).id).not.toBe(body.id);
  });

  it('keeps an id and a time the body already has (the full log, an undo)', () => {
    expect(outboxBody({ id: 'mine', occurredAt: '2026-11-01T08:00:00Z', distressBefore: 3 }, at(40)))
      .toEqual({ id: 'mine', occurredAt: '2026-11-01T08:00:00Z', distressBefore: 3 });
  });
});

describe('the outbox in IndexedDB', () => {
  it('keeps entries on the device, oldest first, each only for the person who logged it', async () => {
    const second = await queueMoment('ana', outboxBody({ distressBefore: 5 }, at(45)), at(45));
    const first = await queueMoment('ana', outboxBody({ distressBefore: 8 }, at(40)), at(40));
    await queueMoment('ben', outboxBody({ distressBefore: 2 }, at(41)), at(41));

    expect(first.place).toBe('device');
    expect(isKeptInTabOnly(first.entry.id)).toBe(false);
    const mine = await listEntries('ana');
    expect(mine.map((entry) => entry.body.distressBefore)).toEqual([8, 5]);
    expect(mine[0]).toEqual({ id: first.entry.id, ownerId: 'ana', body: first.entry.body, queuedAt: at(40).toISOString(), attempts: 0 });
    expect(mine[1]!.id).toBe(second.entry.id);
    expect((await listEntries('ben')).map((entry) => entry.ownerId)).toEqual(['ben']);
    expect(await listEntries()).toHaveLength(3);
  });

  it('is still there after a reload (a fresh copy of the module, the same database)', async () => {
    const { entry } = await queueMoment('ana', outboxBody({ distressBefore: 6 }, at(40)), at(40));
    vi.resetModules();
    const reloaded = await import('./outbox');
    expect(await reloaded.listEntries('ana')).toEqual([entry]);
  });

  it('updates an entry in place, and leaves one already sent (by another tab) gone', async () => {
    const { entry } = await queueMoment('ana', outboxBody({ distressBefore: 6 }, at(40)), at(40));
    await updateEntry(entry.id, (stored) => ({ ...stored, attempts: stored.attempts + 1, refused: { message: 'Some fields need another look.', fields: { skillIds: 'unknown' } } }));
    expect(await getEntry(entry.id)).toMatchObject({ attempts: 1, refused: { fields: { skillIds: 'unknown' } } });

    await removeEntry(entry.id);
    await updateEntry(entry.id, (stored) => ({ ...stored, attempts: 9 }));
    expect(await getEntry(entry.id)).toBeUndefined();
    expect(await listEntries()).toEqual([]);
  });

  it('tells listeners about every change', async () => {
    const listener = vi.fn();
    const stop = subscribeOutbox(listener);
    const { entry } = await queueMoment('ana', outboxBody({ distressBefore: 6 }, at(40)), at(40));
    await updateEntry(entry.id, (stored) => ({ ...stored, attempts: 1 }));
    await removeEntry(entry.id);
    expect(listener).toHaveBeenCalledTimes(3);
    stop();
    await queueMoment('ana', outboxBody({ distressBefore: 6 }, at(41)), at(41));
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('shows an entry as a moment the contract accepts, with what was filled in and defaults for the rest', async () => {
    const { entry } = await queueMoment('ana', outboxBody({ distressBefore: 9, skillIds: ['box-breathing'], note: 'after the call' }, at(40)), at(42));
    const moment = entryMoment(entry);
    expect(MomentSchema.parse(moment)).toEqual({
      id: entry.id, occurredAt: '2026-11-02T21:40:00.000Z', distressBefore: 9, distressAfter: null, arousal: null,
      emotions: [], trigger: null, triggerTags: [], contextTags: [], skillIds: ['box-breathing'], followUps: [],
      note: 'after the call', satWithFeeling: false, version: 1, createdAt: '2026-11-02T21:42:00.000Z', updatedAt: '2026-11-02T21:42:00.000Z',
    });
  });
});
