import type { Db } from './database';

/**
 * Every table holding a person's rows, children before parents, so the deletes work with or
 * without foreign-key cascades. A new table belongs here too; account-routes' deletion test
 * reads every table in the database and fails on one this list forgets.
 */
const OWNED_TABLES = [
  'follow_up_skips',
  'moments',
  'custom_skills',
  'skill_classifications',
  'preferences',
  'safety_plan_versions',
  'practices',
  'questionnaire_responses',
  'healing_path_areas',
  'healing_paths',
  'calendar_feeds',
  'audit_events',
  'personal_tokens',
  'sessions',
  'known_devices',
  'app_locks',
  'data_keys',
] as const;

/** Removes the person and everything of theirs. Run it inside a transaction: all of it goes, or none. */
export async function deleteAccountRows(db: Db, userId: string): Promise<void> {
  for (const table of OWNED_TABLES) {
    await db.deleteFrom(table).where('owner_id', '=', userId).execute();
  }
  await db.deleteFrom('users').where('id', '=', userId).execute();
}
