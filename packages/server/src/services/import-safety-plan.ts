import { safetyPlanContent, type SafetyPlanVersion } from '@mend/core';
import type { Db } from '../storage/database';
import { insertVersion, listVersions } from '../storage/safety-plan-store';
import { nextVersion } from './next-version';

/**
 * Adds a file's safety-plan versions to the account's history without losing either side. A
 * version already there (same content, same time) is left alone, so importing twice changes
 * nothing. Another version keeps its number when that number is free; otherwise it goes after
 * the newest, so a backup from before later edits never overwrites them.
 */
export async function importSafetyPlanVersions(db: Db, ownerId: string, versions: readonly SafetyPlanVersion[]): Promise<{ created: number; unchanged: number }> {
  const existing = await listVersions(db, ownerId);
  const present = new Set(existing.map(versionKey));
  const taken = new Set(existing.map((version) => version.version));
  let newest = Math.max(0, ...taken);
  const counts = { created: 0, unchanged: 0 };
  for (const version of [...versions].sort((a, b) => a.version - b.version)) {
    if (present.has(versionKey(version))) {
      counts.unchanged++;
      continue;
    }
    const number = taken.has(version.version) ? nextVersion('safety plan', newest) : version.version;
    await insertVersion(db, ownerId, number, version.savedAt, safetyPlanContent(version));
    taken.add(number);
    present.add(versionKey(version));
    newest = Math.max(newest, number);
    counts.created++;
  }
  return counts;
}

function versionKey(version: SafetyPlanVersion): string {
  return JSON.stringify([version.savedAt, safetyPlanContent(version)]);
}
