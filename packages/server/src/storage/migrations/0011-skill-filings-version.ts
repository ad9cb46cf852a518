import { sql, type Kysely } from 'kysely';

/**
 * A counter per person that moves whenever their own skills or classifications change, read with
 * every sign-in lookup: a server process can then keep how the person filed their skills in memory
 * and know, without asking again, whether it is still what is stored. Portable SQL only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('skill_filings_version', 'integer', (column) => column.notNull().defaultTo(sql`0`))
    .execute();
}
