import { sql, type Kysely } from 'kysely';

/** Skills made from an import (Daylio's activities) wait for the person to say what they are. Portable SQL only. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('custom_skills')
    .addColumn('awaiting_classification', 'integer', (column) => column.notNull().defaultTo(sql`0`))
    .execute();
}
