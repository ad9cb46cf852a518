import { SafetyPlanContentSchema, type SafetyPlanContent, type SafetyPlanVersion } from '@mend/core';
import type { Db } from './database';
import type { FieldCipher } from './field-cipher';
import { ownerCipher } from './keyring';

/** Every function takes ownerId and filters by it here, so no caller can reach another's plan. */

type Row = { version: number; saved_at: string; content: string };

function rowToVersion(row: Row, cipher: FieldCipher): SafetyPlanVersion {
  // Parsed on the way out: a row is only ever written from a checked plan, so this never trims data.
  const content = SafetyPlanContentSchema.parse(JSON.parse(cipher.open('safety_plan_versions', 'content', row.content)));
  return { ...content, version: Number(row.version), savedAt: row.saved_at };
}

export async function latestVersion(db: Db, ownerId: string): Promise<SafetyPlanVersion | undefined> {
  const row = await db
    .selectFrom('safety_plan_versions')
    .select(['version', 'saved_at', 'content'])
    .where('owner_id', '=', ownerId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && rowToVersion(row, await ownerCipher(db, ownerId));
}

/** Newest first. */
export async function listVersions(db: Db, ownerId: string): Promise<SafetyPlanVersion[]> {
  const rows = await db
    .selectFrom('safety_plan_versions')
    .select(['version', 'saved_at', 'content'])
    .where('owner_id', '=', ownerId)
    .orderBy('version', 'desc')
    .execute();
  const cipher = await ownerCipher(db, ownerId);
  return rows.map((row) => rowToVersion(row, cipher));
}

/** false when this owner already has that version (another save got there first). */
export async function insertVersion(db: Db, ownerId: string, version: number, savedAt: string, content: SafetyPlanContent): Promise<boolean> {
  const result = await db
    .insertInto('safety_plan_versions')
    .values({ owner_id: ownerId, version, saved_at: savedAt, content: (await ownerCipher(db, ownerId)).seal('safety_plan_versions', 'content', JSON.stringify(content)) })
    .onConflict((conflict) => conflict.columns(['owner_id', 'version']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
