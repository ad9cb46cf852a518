import { randomUUID } from 'node:crypto';
import { AUDIT_RETENTION_DAYS, type AuditDetail, type AuditEventKind, type AuditLogPage, type AuditLogQuery } from '@mend/core';
import { insertAuditEvent, listAuditEvents, pruneAuditEvents } from '../storage/audit-store';
import type { Db } from '../storage/database';
import { decodeCursor, encodeCursor } from './cursor';
import { addDays } from './times';

export const DEFAULT_AUDIT_PAGE_SIZE = 50;

/**
 * Writes one event to the person's audit log. Pass the transaction of the action itself where
 * there is one (`db` may be `storage.db` or the `db` of `inTransaction`), so the event lands
 * exactly when the action does. Details are plain facts: never a note, trigger or skill name.
 * Events past the retention period are pruned here, on write, so the log needs no timer.
 */
export async function recordAuditEvent(
  db: Db,
  ownerId: string,
  event: { kind: AuditEventKind; detail?: AuditDetail },
  now: Date,
): Promise<void> {
  await insertAuditEvent(db, ownerId, { id: randomUUID(), at: now.toISOString(), kind: event.kind, detail: event.detail ?? {} });
  await pruneAuditEvents(db, ownerId, addDays(now, -AUDIT_RETENTION_DAYS).toISOString());
}

export async function listAuditLog(db: Db, ownerId: string, query: AuditLogQuery): Promise<AuditLogPage> {
  const limit = query.limit ?? DEFAULT_AUDIT_PAGE_SIZE;
  const rows = await listAuditEvents(db, ownerId, {
    ...(query.cursor !== undefined && { before: decodeCursor(query.cursor) }),
    // One extra row says whether there is a next page without a count query.
    limit: limit + 1,
  });
  const events = rows.slice(0, limit);
  const last = events.at(-1);
  return { events, nextCursor: rows.length > limit && last ? encodeCursor({ occurredAt: last.at, id: last.id }) : null };
}
