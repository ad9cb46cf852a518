import type { AuditDetail, AuditEvent, AuditEventKind } from '@mend/core';
import type { Db } from './database';

export interface AuditPageQuery {
  /** Only events strictly before this (occurredAt, id): the cursor's position. */
  before?: { occurredAt: string; id: string };
  limit: number;
}

export async function insertAuditEvent(db: Db, ownerId: string, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({ owner_id: ownerId, id: event.id, occurred_at: event.at, kind: event.kind, detail: JSON.stringify(event.detail) })
    .execute();
}

/** Newest first, by (occurred_at, id), so a page never repeats or skips an event. */
export async function listAuditEvents(db: Db, ownerId: string, query: AuditPageQuery): Promise<AuditEvent[]> {
  let select = db.selectFrom('audit_events').selectAll().where('owner_id', '=', ownerId);
  const before = query.before;
  if (before) {
    select = select.where((eb) => eb(eb.refTuple('occurred_at', 'id'), '<', eb.tuple(before.occurredAt, before.id)));
  }
  const rows = await select.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.occurred_at,
    kind: row.kind as AuditEventKind,
    detail: JSON.parse(row.detail) as AuditDetail,
  }));
}

/** Removes the owner's events from before `cutoff` (stored ISO time): the retention rule. */
export async function pruneAuditEvents(db: Db, ownerId: string, cutoff: string): Promise<void> {
  await db.deleteFrom('audit_events').where('owner_id', '=', ownerId).where('occurred_at', '<', cutoff).execute();
}
