// No fake-indexeddb here: like a private window that gives Mend no IndexedDB at all.
import { describe, expect, it, vi } from 'vitest';
import { getEntry, isKeptInTabOnly, listEntries, outboxBody, queueMoment, removeEntry, updateEntry } from './outbox';

describe('the outbox without IndexedDB', () => {
  it('keeps entries in this tab, and says so', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const now = new Date('2026-11-02T21:40:00Z');
    const { entry, place } = await queueMoment('ana', outboxBody({ distressBefore: 7 }, now), now);
    expect(place).toBe('tab');
    expect(isKeptInTabOnly(entry.id)).toBe(true);
    expect(await listEntries('ana')).toEqual([entry]);

    await updateEntry(entry.id, (stored) => ({ ...stored, attempts: 2 }));
    expect((await getEntry(entry.id))?.attempts).toBe(2);
    await removeEntry(entry.id);
    expect(await listEntries()).toEqual([]);
  });

  it('falls back to this tab when IndexedDB refuses the write', async () => {
    // A database whose open never succeeds: private modes that expose the API but refuse storage.
    vi.resetModules();
    vi.stubGlobal('indexedDB', {
      open() {
        const request: Record<string, unknown> = { error: new DOMException('refused', 'InvalidStateError') };
        queueMicrotask(() => (request.onerror as (() => void) | undefined)?.());
        return request;
      },
    });
    const outbox = await import('./outbox');
    const now = new Date('2026-11-02T21:40:00Z');
    const { entry, place } = await outbox.queueMoment('ana', outbox.outboxBody({ distressBefore: 4 }, now), now);
    expect(place).toBe('tab');
    expect(await outbox.listEntries('ana')).toEqual([entry]);
    vi.unstubAllGlobals();
  });
});
