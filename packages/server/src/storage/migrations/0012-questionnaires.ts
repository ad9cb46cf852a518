import type { Kysely } from 'kysely';

/**
 * Questionnaires a practice loads (the built-in ones live in code), and every completed self-check.
 * A check's answers and scores are sealed like the person's own words. Portable SQL only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('questionnaires')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('url', 'text', (column) => column.notNull())
    .addColumn('version', 'text')
    .addColumn('title', 'text', (column) => column.notNull())
    // The FHIR resource exactly as loaded, as JSON: always read whole.
    .addColumn('resource', 'text', (column) => column.notNull())
    .addColumn('added_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('questionnaire_responses')
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('questionnaire_id', 'text', (column) => column.notNull())
    .addColumn('questionnaire_version', 'text')
    .addColumn('taken_at', 'text', (column) => column.notNull())
    // JSON, sealed: the chosen code by item linkId, and the scale and composite scores.
    .addColumn('answers', 'text', (column) => column.notNull())
    .addColumn('scores', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('questionnaire_responses_pk', ['owner_id', 'id'])
    .execute();
  // Listed newest first per questionnaire within one owner.
  await db.schema
    .createIndex('questionnaire_responses_owner_taken')
    .on('questionnaire_responses')
    .columns(['owner_id', 'questionnaire_id', 'taken_at', 'id'])
    .execute();
}
