import { sql } from 'kysely';
import type { Db } from './database';
import { ENCRYPTED_COLUMNS, SEALED_PREFIX, type EncryptedTable } from './field-cipher';

/** Rows written before encryption at rest: found and replaced column by column, at start-up only. */

export interface PlaintextField {
  ownerId: string;
  /** The row's id (moments, practices, skills) or version (safety plan), as stored. */
  rowKey: string | number;
  value: string;
}

/** A batch of values in `table.column` not yet sealed. */
export async function findPlaintextFields(db: Db, table: EncryptedTable, column: string, limit: number): Promise<PlaintextField[]> {
  const { rowKey } = ENCRYPTED_COLUMNS[table];
  // substr, not LIKE: SQLite's LIKE ignores case, so 'ENC:V1:…' typed by a person would pass for sealed.
  const result = await sql<{ owner_id: string; row_key: string | number; value: string }>`
    select owner_id, ${sql.ref(rowKey)} as row_key, ${sql.ref(column)} as value from ${sql.table(table)}
    where ${sql.ref(column)} is not null and substr(${sql.ref(column)}, 1, ${SEALED_PREFIX.length}) <> ${SEALED_PREFIX}
    limit ${limit}`.execute(db);
  return result.rows.map((row) => ({ ownerId: row.owner_id, rowKey: row.row_key, value: row.value }));
}

/** Only while the value is still the plaintext read: two servers starting at once never seal a sealed value. */
export async function replacePlaintextField(db: Db, table: EncryptedTable, column: string, field: PlaintextField, sealed: string): Promise<void> {
  const { rowKey } = ENCRYPTED_COLUMNS[table];
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${sealed}
    where owner_id = ${field.ownerId} and ${sql.ref(rowKey)} = ${field.rowKey} and ${sql.ref(column)} = ${field.value}`.execute(db);
}
