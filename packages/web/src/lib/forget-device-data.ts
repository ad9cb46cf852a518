import { forgetRememberedQueries } from '../api/persist-queries';
import { listEntries, removeEntry } from '../offline/outbox';
import { removeDeviceSafetyPlan } from './device-safety-plan';

/** Kept: the country for "I need help now" says nothing about the person and keeps help right. */
const KEPT_KEYS = new Set(['mend.help.country']);

function forgetIn(storage: Storage | undefined): void {
  if (!storage) return;
  try {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key !== null);
    for (const key of keys) if (key.startsWith('mend.') && !KEPT_KEYS.has(key)) storage.removeItem(key);
  } catch {
    // Storage refused: nothing could have been kept there either.
  }
}

/**
 * After the account is deleted, nothing of the person stays on this device: the remembered
 * answers, the safety plan's copy, drafts and reminder notes, and moments still waiting in the outbox.
 */
export async function forgetDeviceData(ownerId: string): Promise<void> {
  forgetRememberedQueries();
  removeDeviceSafetyPlan();
  forgetIn(typeof localStorage === 'undefined' ? undefined : localStorage);
  forgetIn(typeof sessionStorage === 'undefined' ? undefined : sessionStorage);
  try {
    for (const entry of await listEntries(ownerId)) await removeEntry(entry.id);
  } catch {
    // No outbox on this device.
  }
}
