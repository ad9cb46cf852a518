import type { Kysely } from 'kysely';

/** Every saved version of a person's safety plan, and the country whose crisis lines they see. Portable SQL only. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('safety_plan_versions')
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('saved_at', 'text', (column) => column.notNull())
    // The plan's content as JSON: its parts are always read and written together.
    .addColumn('content', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('safety_plan_versions_pk', ['owner_id', 'version'])
    .execute();

  await db.schema.alterTable('preferences').addColumn('country', 'text').execute();
}
