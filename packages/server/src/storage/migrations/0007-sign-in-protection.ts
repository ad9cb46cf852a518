import { sql, type Kysely } from 'kysely';

/**
 * Sign-in protection: sessions that know their device and last use (and can be locked), known
 * devices per person, failed-attempt counters, token scopes, the app-lock PIN and the idle
 * sign-out preference. Portable SQL only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Sessions get an id to show and end them by, and not-null columns old rows cannot fill: the
  // table is made again, so everyone signs in once more after this upgrade.
  await db.schema.dropTable('sessions').execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('device', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('last_seen_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('locked_at', 'text')
    .addColumn('failed_unlocks', 'integer', (column) => column.notNull().defaultTo(sql`0`))
    .execute();
  await db.schema.createIndex('sessions_owner_id').on('sessions').column('owner_id').execute();

  // Only the hash of the long-lived device cookie: enough to know "seen before", nothing to steal.
  await db.schema
    .createTable('known_devices')
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('device_hash', 'text', (column) => column.notNull())
    .addColumn('device', 'text', (column) => column.notNull())
    .addColumn('first_seen_at', 'text', (column) => column.notNull())
    .addColumn('last_seen_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('known_devices_pk', ['owner_id', 'device_hash'])
    .execute();

  // Keyed by a hash of "account:<name>" or "address:<ip>": it counts names that do not exist
  // too, so it is not a person's table, and holds no readable name or address.
  await db.schema
    .createTable('sign_in_throttles')
    .addColumn('key_hash', 'text', (column) => column.primaryKey())
    .addColumn('failures', 'integer', (column) => column.notNull())
    .addColumn('last_failure_at', 'text', (column) => column.notNull())
    .addColumn('blocked_until', 'text')
    .execute();

  await db.schema
    .createTable('app_locks')
    .addColumn('owner_id', 'text', (column) => column.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('pin_hash', 'text', (column) => column.notNull())
    .addColumn('lock_after_minutes', 'integer', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  // Tokens made before scopes existed could do everything; they keep that.
  await db.schema
    .alterTable('personal_tokens')
    .addColumn('scopes', 'text', (column) => column.notNull().defaultTo('["read","write","export","import"]'))
    .execute();

  await db.schema.alterTable('preferences').addColumn('idle_sign_out_minutes', 'integer').execute();
}
