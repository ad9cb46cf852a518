import { momentDefaults, type Moment, type MomentCreate } from '@mend/core';
import { createStore, del, get, promisifyRequest, set, values, type UseStore } from 'idb-keyval';
import { newMomentId } from './moment-id';

/**
 * Moments logged on this device that the server has not confirmed yet. Each is written here
 * before the first try to send it, so closing the tab, a reload or the server being away loses
 * nothing. Entries are keyed by the moment's own id: a resend is the same moment, never a new one.
 */

/** A create body whose id and time are fixed at the tap, so every resend is identical. */
export type OutboxBody = MomentCreate & { id: string; occurredAt: string };

/** The server read the moment and said no (a 4xx): kept until the person fixes or removes it. */
export interface Refusal {
  message: string;
  fields: Record<string, string>;
}

export interface OutboxEntry {
  id: string;
  /** Who was signed in when it was logged: it is only ever sent under that person's session. */
  ownerId: string;
  body: OutboxBody;
  queuedAt: string;
  attempts: number;
  refused?: Refusal;
}

/** "device": IndexedDB, survives a reload. "tab": this tab's memory, when the browser gives no storage. */
export type OutboxPlace = 'device' | 'tab';

const CHANNEL_NAME = 'mend-outbox';

let deviceStore: UseStore | null | undefined;
/** Private modes may have no IndexedDB at all, or one that refuses every write. */
const inTab = new Map<string, OutboxEntry>();
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null | undefined;

function store(): UseStore | null {
  if (deviceStore === undefined) {
    try {
      deviceStore = typeof indexedDB === 'undefined' ? null : createStore('mend-outbox', 'moments');
    } catch {
      deviceStore = null;
    }
  }
  return deviceStore;
}

export function outboxBody(body: MomentCreate, now: Date): OutboxBody {
  return { ...body, id: body.id ?? newMomentId(), occurredAt: body.occurredAt ?? now.toISOString() };
}

/** Keeps a moment on the device; says where, so the person can be told honestly. */
export async function queueMoment(ownerId: string, body: OutboxBody, now: Date): Promise<{ entry: OutboxEntry; place: OutboxPlace }> {
  const entry: OutboxEntry = { id: body.id, ownerId, body, queuedAt: now.toISOString(), attempts: 0 };
  const place = await put(entry);
  changed();
  return { entry, place };
}

/** Oldest first; only one person's when `ownerId` is given. */
export async function listEntries(ownerId?: string): Promise<OutboxEntry[]> {
  const kept = store();
  const onDevice = kept ? await values<OutboxEntry>(kept).catch(() => []) : [];
  const all = new Map<string, OutboxEntry>();
  for (const entry of [...onDevice, ...inTab.values()]) if (entry?.id) all.set(entry.id, entry);
  return [...all.values()]
    .filter((entry) => ownerId === undefined || entry.ownerId === ownerId)
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id));
}

export async function getEntry(id: string): Promise<OutboxEntry | undefined> {
  const kept = store();
  return inTab.get(id) ?? (kept ? await get<OutboxEntry>(id, kept).catch(() => undefined) : undefined);
}

/** Changes an entry in one transaction; an entry already gone (sent from another tab) stays gone. */
export async function updateEntry(id: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<void> {
  const inMemory = inTab.get(id);
  const kept = store();
  if (inMemory) inTab.set(id, change(inMemory));
  else if (kept) {
    await kept('readwrite', (objectStore) => {
      const request = objectStore.get(id);
      request.onsuccess = () => {
        if (request.result) objectStore.put(change(request.result as OutboxEntry), id);
      };
      return promisifyRequest(objectStore.transaction);
    });
  }
  changed();
}

export async function removeEntry(id: string): Promise<void> {
  const kept = store();
  inTab.delete(id);
  if (kept) await del(id, kept).catch(() => undefined);
  changed();
}

/** Whether an entry lives only in this tab's memory (lost when the tab closes). */
export function isKeptInTabOnly(id: string): boolean {
  return inTab.has(id);
}

/** Called after every change here, and after changes made by other tabs of Mend. */
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  otherTabs();
  return () => listeners.delete(listener);
}

/** A moment-shaped view of an entry, for showing it before the server has it. */
export function entryMoment(entry: OutboxEntry): Moment {
  const given = Object.fromEntries(Object.entries(entry.body).filter(([, value]) => value !== undefined)) as Partial<Moment>;
  return {
    ...momentDefaults(),
    ...given,
    id: entry.id,
    occurredAt: entry.body.occurredAt,
    distressBefore: entry.body.distressBefore,
    createdAt: entry.queuedAt,
    updatedAt: entry.queuedAt,
  };
}

async function put(entry: OutboxEntry): Promise<OutboxPlace> {
  const kept = store();
  if (kept) {
    try {
      await set(entry.id, entry, kept);
      return 'device';
    } catch {
      // Storage refused (private mode, full disk): this tab still holds it while it stays open.
    }
  }
  inTab.set(entry.id, entry);
  return 'tab';
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function changed(): void {
  notify();
  otherTabs()?.postMessage('changed');
}

function otherTabs(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
    if (channel) {
      channel.onmessage = notify;
      // Node (unit tests) would otherwise stay alive for the open channel.
      (channel as unknown as { unref?: () => void }).unref?.();
    }
  }
  return channel;
}
