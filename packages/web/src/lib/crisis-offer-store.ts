import {
  CATALOGUE_CRISIS_SKILL_IDS, riskSkillIds, shouldOfferCrisisSupport, type CrisisOfferMoment, type SkillView,
} from '@mend/core';
import { useSyncExternalStore } from 'react';

/**
 * Whether the full-screen crisis offer is open. Any screen can open it (after logging a moment);
 * the shell shows it, so it stays up across the navigation that follows a save.
 */
let open = false;
const listeners = new Set<() => void>();

function setOpen(next: boolean): void {
  open = next;
  for (const listener of listeners) listener();
}

export function openCrisisOffer(): void {
  setOpen(true);
}

export function closeCrisisOffer(): void {
  setOpen(false);
}

export function useCrisisOfferOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}

/**
 * Core's rule, run here too: the offer must not depend on the request getting through (it may
 * wait in the outbox, or fail). The server's own answer counts as well when there is one.
 */
export function crisisOfferDue(moment: CrisisOfferMoment, skills: readonly SkillView[] | undefined, serverSays: boolean | null): boolean {
  if (serverSays) return true;
  // Without the person's skill list (nothing remembered yet), the catalogue's own crisis pointers still count.
  return shouldOfferCrisisSupport(moment, skills ? riskSkillIds(skills) : new Set(CATALOGUE_CRISIS_SKILL_IDS));
}
