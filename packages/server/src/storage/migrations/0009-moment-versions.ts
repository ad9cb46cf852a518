import { sql, type Kysely } from 'kysely';

/**
 * A version per moment, so an edit made from an older copy (another device, another tab) is
 * refused instead of overwriting a newer one. Moments logged before this start at 1. Portable SQL only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('moments')
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(sql`1`))
    .execute();
}
