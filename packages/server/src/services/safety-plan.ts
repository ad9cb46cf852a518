import {
  emptySafetyPlan, safetyPlanContent, type SafetyPlan, type SafetyPlanUpdate, type SafetyPlanVersion,
} from '@mend/core';
import { invalidFields, staleVersion } from '../api-problem';
import type { Db } from '../storage/database';
import type { Storage } from '../storage/open-storage';
import * as store from '../storage/safety-plan-store';
import { inTransaction } from '../storage/transaction';
import { knownSkillIds, unknownSkillProblem } from './skills';
import { nextVersion } from './next-version';

/** The plan as it stands: the newest version, or an empty plan at version 0. */
export async function currentSafetyPlan(db: Db, ownerId: string): Promise<SafetyPlan> {
  return (await store.latestVersion(db, ownerId)) ?? { ...emptySafetyPlan(), version: 0, savedAt: null };
}

export function getSafetyPlan(storage: Storage, ownerId: string): Promise<SafetyPlan> {
  return currentSafetyPlan(storage.db, ownerId);
}

/**
 * Saves a new version; earlier versions stay. Saving what is already there makes no new version.
 * A save based on an older version than the current one is refused, never silently merged.
 */
export function saveSafetyPlan(storage: Storage, ownerId: string, update: SafetyPlanUpdate, now: Date): Promise<SafetyPlan> {
  return inTransaction(storage, async (db) => {
    const current = await currentSafetyPlan(db, ownerId);
    if (update.baseVersion !== undefined && update.baseVersion !== current.version) throw staleVersion('safety plan', update.baseVersion, current.version);
    const content = safetyPlanContent(update);
    const skillProblem = unknownSkillProblem(content.calmingSkillIds, await knownSkillIds(db, ownerId), 'calmingSkillIds');
    if (Object.keys(skillProblem).length) throw invalidFields(skillProblem);
    if (JSON.stringify(content) === JSON.stringify(safetyPlanContent(current))) return current;

    const saved: SafetyPlanVersion = { ...content, version: nextVersion('safety plan', current.version), savedAt: now.toISOString() };
    // Two saves racing from the same version: the second finds its version number taken.
    if (!(await store.insertVersion(db, ownerId, saved.version, saved.savedAt, content))) throw staleVersion('safety plan', current.version, current.version + 1);
    return saved;
  });
}

export function safetyPlanHistory(storage: Storage, ownerId: string): Promise<{ versions: SafetyPlanVersion[] }> {
  return store.listVersions(storage.db, ownerId).then((versions) => ({ versions }));
}

