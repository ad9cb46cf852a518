import { forgetRememberedQueries } from '../api/persist-queries';
import { listEntries, removeEntry } from '../offline/outbox';
import { removeDeviceSafetyPlan } from './device-safety-plan';

/** Kept: the country for "I need help now" says nothing about the person and keeps help right. */
const KEPT_KEYS = new Set(['mend.help.country']);
/**
 * Kept at sign-out, too: the safety plan's copy, which opens signed out by design (Settings turns it
 * off on a shared device), and whether to keep it.
 */
const KEPT_AT_SIGN_OUT = new Set([...KEPT_KEYS, 'mend.safety-plan', 'mend.safety-plan.keep']);

function forgetIn(storage: Storage | undefined, kept: ReadonlySet<string> = KEPT_KEYS): void {
  if (!storage) return;
  try {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key !== null);
    for (const key of keys) if (key.startsWith('mend.') && !kept.has(key)) storage.removeItem(key);
  } catch {
    // Storage refused: nothing could have been kept there either.
  }
}

const sessionStore = () => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage);
const localStore = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

/**
 * After the account is deleted, nothing of the person stays on this device: the remembered
 * answers, the safety plan's copy, drafts and reminder notes, and moments still waiting in the outbox.
 */
export async function forgetDeviceData(ownerId: string): Promise<void> {
  forgetRememberedQueries();
  removeDeviceSafetyPlan();
  forgetIn(localStore());
  forgetIn(sessionStore());
  try {
    for (const entry of await listEntries(ownerId)) await removeEntry(entry.id);
  } catch {
    // No outbox on this device.
  }
}

/**
 * On any sign-out (pressed, idle, elsewhere): the remembered answers, drafts and reminder notes go, so
 * the next person on this device sees nothing. Moments waiting in the outbox stay (they are sent when
 * their owner signs in again; nobody else is shown them), and so do help and the plan's copy.
 */
export function forgetSignedInData(): void {
  forgetRememberedQueries();
  forgetIn(localStore(), KEPT_AT_SIGN_OUT);
  forgetIn(sessionStore(), KEPT_AT_SIGN_OUT);
}
