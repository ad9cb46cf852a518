import type { Kysely } from 'kysely';

/** Guided practice sessions, the healing path (its areas in their own rows), and calendar feeds. Portable SQL only. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practices')
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('skill_id', 'text', (column) => column.notNull())
    .addColumn('exercise_id', 'text')
    // The skill's kind for the person when it was recorded: a later re-classification does not rewrite history.
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('started_at', 'text', (column) => column.notNull())
    .addColumn('duration_seconds', 'integer', (column) => column.notNull())
    .addColumn('distress_before', 'integer')
    .addColumn('distress_after', 'integer')
    .addColumn('notes', 'text')
    .addColumn('stepped_back', 'integer', (column) => column.notNull())
    // What each step recorded, as JSON: always read and written whole.
    .addColumn('answers', 'text', (column) => column.notNull())
    .addColumn('path_area_id', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('practices_pk', ['owner_id', 'id'])
    .execute();
  // Listed newest first by (started_at, id) within one owner.
  await db.schema.createIndex('practices_owner_started').on('practices').columns(['owner_id', 'started_at', 'id']).execute();

  await db.schema
    .createTable('healing_paths')
    .addColumn('owner_id', 'text', (column) => column.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('version', 'integer', (column) => column.notNull())
    // Pace and plan as JSON: small objects always read and written together.
    .addColumn('pace', 'text', (column) => column.notNull())
    .addColumn('paused', 'integer', (column) => column.notNull())
    .addColumn('paused_at', 'text')
    .addColumn('plan', 'text')
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('healing_path_areas')
    .addColumn('owner_id', 'text', (column) => column.notNull().references('healing_paths.owner_id').onDelete('cascade'))
    .addColumn('area_id', 'text', (column) => column.notNull())
    // The order the person chose the areas in (next-step ties go by it).
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('layer', 'integer', (column) => column.notNull())
    .addColumn('started_at', 'text', (column) => column.notNull())
    .addColumn('layer_started_at', 'text', (column) => column.notNull())
    // The deepest layer reached since the area was chosen, and when it was first reached (null at 0):
    // going back to a gentler layer keeps them.
    .addColumn('deepest_layer', 'integer', (column) => column.notNull())
    .addColumn('deepest_layer_at', 'text')
    .addPrimaryKeyConstraint('healing_path_areas_pk', ['owner_id', 'area_id'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('owner_id', 'text', (column) => column.primaryKey().references('users.id').onDelete('cascade'))
    // SHA-256 of the secret in the feed's address; the secret itself is never stored.
    .addColumn('key_hash', 'text', (column) => column.notNull().unique())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
}
