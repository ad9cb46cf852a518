import type { Kysely } from 'kysely';

/** The audit log the person can read: what was done with their account, and when. Portable SQL only. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_events')
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('occurred_at', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    // Plain facts (format, counts, ids) as JSON: always read and written whole, never searched.
    .addColumn('detail', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('audit_events_pk', ['owner_id', 'id'])
    .execute();
  // Read newest first by (occurred_at, id) within one owner; pruning by age uses it too.
  await db.schema.createIndex('audit_events_owner_occurred').on('audit_events').columns(['owner_id', 'occurred_at', 'id']).execute();
}
