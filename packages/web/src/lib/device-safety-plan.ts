import { SafetyPlanSchema, type SafetyPlan } from '@mend/core';

/**
 * A copy of the person's safety plan on this device, so it opens in a crisis without a
 * connection, without the server and without signing in. The person can turn this off in
 * Settings (a shared device); then the copy is removed and never written again.
 */

const PLAN_KEY = 'mend.safety-plan';
const KEEP_KEY = 'mend.safety-plan.keep';

export interface DeviceSafetyPlan {
  plan: SafetyPlan;
  /** Names of the skills the plan picks, so they read as words with no skill list at hand. */
  skillNames: Record<string, string>;
}

export function readDeviceSafetyPlan(): DeviceSafetyPlan | null {
  try {
    const raw = localStorage.getItem(PLAN_KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as { plan?: unknown; skillNames?: unknown };
    const plan = SafetyPlanSchema.safeParse(stored.plan);
    if (!plan.success) return null;
    const names = typeof stored.skillNames === 'object' && stored.skillNames !== null ? stored.skillNames : {};
    const skillNames = Object.fromEntries(Object.entries(names).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    return { plan: plan.data, skillNames };
  } catch {
    // Storage refused (private mode) or a copy from another version: there is just no copy.
    return null;
  }
}

export function keepsDeviceCopy(): boolean {
  try {
    return localStorage.getItem(KEEP_KEY) !== 'no';
  } catch {
    return false;
  }
}

export function writeDeviceSafetyPlan(plan: SafetyPlan, skillNames: Record<string, string>): void {
  if (!keepsDeviceCopy()) return;
  const names = Object.fromEntries(plan.calmingSkillIds.map((id) => [id, skillNames[id] ?? id]));
  try {
    localStorage.setItem(PLAN_KEY, JSON.stringify({ plan, skillNames: names } satisfies DeviceSafetyPlan));
  } catch {
    // Full or refused: the plan is still on the server; the copy just stays as it was.
  }
}

export function setKeepDeviceCopy(keep: boolean): void {
  try {
    if (keep) {
      localStorage.removeItem(KEEP_KEY);
    } else {
      localStorage.setItem(KEEP_KEY, 'no');
      localStorage.removeItem(PLAN_KEY);
    }
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/** When the account is deleted: the copy goes, and the choice about keeping one with it. */
export function removeDeviceSafetyPlan(): void {
  try {
    localStorage.removeItem(PLAN_KEY);
    localStorage.removeItem(KEEP_KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
}
