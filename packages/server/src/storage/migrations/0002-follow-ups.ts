import type { Kysely } from 'kysely';

/** A person's preferences (one row each, defaults when absent) and the follow-ups they skipped. Portable SQL only. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('preferences')
    .addColumn('owner_id', 'text', (column) => column.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('follow_up_delay_minutes', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('follow_up_skips')
    .addColumn('owner_id', 'text', (column) => column.notNull())
    .addColumn('moment_id', 'text', (column) => column.notNull())
    .addColumn('skipped_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('follow_up_skips_pk', ['owner_id', 'moment_id'])
    // A skip belongs to its moment: deleting the moment (or the account) deletes the skip.
    .addForeignKeyConstraint('follow_up_skips_moment_fk', ['owner_id', 'moment_id'], 'moments', ['owner_id', 'id'], (constraint) =>
      constraint.onDelete('cascade'),
    )
    .execute();
}
