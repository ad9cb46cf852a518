import type { Kysely } from 'kysely';

/** Accounts, sessions, tokens, moments, own skills and classifications. Portable SQL only. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('name_key', 'text', (column) => column.notNull().unique())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('personal_tokens')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('personal_tokens_owner_id').on('personal_tokens').column('owner_id').execute();

  await db.schema
    .createTable('moments')
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('occurred_at', 'text', (column) => column.notNull())
    .addColumn('distress_before', 'integer', (column) => column.notNull())
    .addColumn('distress_after', 'integer')
    .addColumn('arousal', 'text')
    .addColumn('emotions', 'text', (column) => column.notNull())
    .addColumn('trigger_text', 'text')
    .addColumn('trigger_tags', 'text', (column) => column.notNull())
    .addColumn('context_tags', 'text', (column) => column.notNull())
    .addColumn('skill_ids', 'text', (column) => column.notNull())
    .addColumn('follow_ups', 'text', (column) => column.notNull())
    .addColumn('note', 'text')
    .addColumn('sat_with_feeling', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('moments_pk', ['owner_id', 'id'])
    .execute();
  // The list is paged newest first by (occurred_at, id) within one owner.
  await db.schema.createIndex('moments_owner_occurred').on('moments').columns(['owner_id', 'occurred_at', 'id']).execute();

  await db.schema
    .createTable('custom_skills')
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('family', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull())
    .addColumn('steps', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('custom_skills_pk', ['owner_id', 'id'])
    .execute();

  await db.schema
    .createTable('skill_classifications')
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('skill_id', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('family', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('skill_classifications_pk', ['owner_id', 'skill_id'])
    .execute();
}
