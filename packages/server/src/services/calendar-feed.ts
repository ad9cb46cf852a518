import { API_PREFIX } from '@mend/core';
import * as store from '../storage/calendar-feeds-store';
import type { Storage } from '../storage/open-storage';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { currentPathState } from './path-state';
import { practiceCalendar } from './practice-calendar';
import { hashSecret, randomSecret } from './secrets';

/** Where a key's feed is served: `${origin}${calendarFeedPath(key)}`. */
export function calendarFeedPath(key: string): string {
  return `${API_PREFIX}/calendar/${key}.ics`;
}

/**
 * Makes a new secret address for the person's feed, replacing any earlier one. The key is in the
 * answer once and never again; only its hash is kept, like a token's. The address opens the
 * person's plan like a token does, so making and removing it go in the audit log.
 */
export async function createCalendarFeed(storage: Storage, ownerId: string, origin: string, now: Date): Promise<{ url: string }> {
  const key = randomSecret();
  await inTransaction(storage, async (db) => {
    await store.upsertCalendarFeed(db, ownerId, hashSecret(key), now.toISOString());
    await recordAuditEvent(db, ownerId, { kind: 'calendar-feed-created' }, now);
  });
  return { url: `${origin}${calendarFeedPath(key)}` };
}

/** Turning off a feed that is already off is fine too (and not an event). */
export async function deleteCalendarFeed(storage: Storage, ownerId: string, now: Date): Promise<void> {
  await inTransaction(storage, async (db) => {
    if (await store.deleteCalendarFeed(db, ownerId)) await recordAuditEvent(db, ownerId, { kind: 'calendar-feed-deleted' }, now);
  });
}

/** The feed's text for a key, or null when no feed has that key (never made, replaced or turned off). */
export async function calendarFeedText(storage: Storage, key: string): Promise<string | null> {
  const keyHash = hashSecret(key);
  const ownerId = await store.findCalendarFeedOwner(storage.db, keyHash);
  if (!ownerId) return null;
  // Event ids stay the same while the key does, so calendars update events instead of adding them.
  return practiceCalendar(await currentPathState(storage.db, ownerId), hashSecret(`event:${keyHash}`).slice(0, 24));
}
