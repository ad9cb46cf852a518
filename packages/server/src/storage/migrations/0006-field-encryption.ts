import type { Kysely } from 'kysely';

/**
 * One data key per person, stored only wrapped by the server key (which never enters the
 * database) and named by that key's id, so a start with another key is refused rather than
 * misread. Existing rows are encrypted at start-up, not here: a migration has no key. Portable SQL only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_keys')
    .addColumn('owner_id', 'text', (column) => column.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('server_key_id', 'text', (column) => column.notNull())
    .addColumn('wrapped_key', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
}
