import type { Kysely } from 'kysely';

/**
 * Sharing with a therapist: invites (only the code's SHA-256), one share per person and
 * therapist, and the therapists' suggestions (the message sealed with the person's data key).
 * Every table's owner_id is the person whose data it is about; therapist_id is the therapist's
 * account. Portable SQL only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('share_invites')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (column) => column.notNull().unique())
    // ShareScope[] as JSON: read and written whole.
    .addColumn('scopes', 'text', (column) => column.notNull())
    .addColumn('until', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('share_invites_owner_id').on('share_invites').column('owner_id').execute();

  await db.schema
    .createTable('shares')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('therapist_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('scopes', 'text', (column) => column.notNull())
    .addColumn('until', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    // One share per pair: a second invite accepted by the same therapist changes the first.
    .addUniqueConstraint('shares_owner_therapist', ['owner_id', 'therapist_id'])
    .execute();
  // The therapist's list of people.
  await db.schema.createIndex('shares_therapist_id').on('shares').column('therapist_id').execute();

  await db.schema
    .createTable('therapist_suggestions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('therapist_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('target_id', 'text', (column) => column.notNull())
    .addColumn('message', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema.createIndex('therapist_suggestions_owner_id').on('therapist_suggestions').columns(['owner_id', 'created_at']).execute();
  await db.schema.createIndex('therapist_suggestions_therapist_id').on('therapist_suggestions').column('therapist_id').execute();
}
