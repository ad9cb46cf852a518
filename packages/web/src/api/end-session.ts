import type { QueryClient } from '@tanstack/react-query';
import { focusNextHeading } from '../layout/focus-heading';
import {
  announceSignedOut, isLocked, markLocked, markUnlocked, noteSignedOut, signedOutBecauseOf, type OtherTabChange, type SignedOutBecause,
} from '../lib/device-session';
import { forgetSignedInData } from '../lib/forget-device-data';
import { isApiError } from './client';
import { queryKeys } from './keys';

const notMe = (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== queryKeys.me[0];

/**
 * Every answer but `me`, at once and again just after: the screens that were showing render once
 * more as they give way, and that can ask again (not for the setup status the gate now reads).
 */
function forgetAnswers(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: notMe });
  setTimeout(() => queryClient.removeQueries({ predicate: (query) => notMe(query) && query.queryKey[0] !== queryKeys.setupStatus[0] }), 0);
}

/**
 * However a session ends (Sign out, idle, elsewhere, too many wrong PINs), nothing of the person
 * stays in memory or in this device's storage. The `me` entry itself stays, set to null, so the
 * screens watching it switch to sign-in at once. `because` is null for a plain "Sign out".
 */
export function endSessionOnDevice(queryClient: QueryClient, because: SignedOutBecause | null, { fromOtherTab = false } = {}): void {
  const wasSignedIn = Boolean(queryClient.getQueryData(queryKeys.me)) || isLocked();
  // Another tab's word, with nobody signed in here: nothing to end (and nothing to tell back).
  if (fromOtherTab && !wasSignedIn) return;
  // Sign-in replaces what was showing: its heading takes focus (not when nobody was signed in).
  if (wasSignedIn) focusNextHeading();
  if (because) noteSignedOut(because);
  markUnlocked();
  queryClient.setQueryData(queryKeys.me, null);
  forgetAnswers(queryClient);
  forgetSignedInData();
  // The other tabs share the session: they end it too. Never echoed back, so tabs don't ping-pong.
  if (!fromOtherTab) announceSignedOut(because);
}

/** Another tab locked or signed out: this tab does what it would have done itself. */
export function followOtherTab(queryClient: QueryClient, change: OtherTabChange): void {
  if (change.kind === 'locked') lockOnDevice(queryClient);
  else endSessionOnDevice(queryClient, change.because, { fromOtherTab: true });
}

/**
 * Locked (by the server, "Lock now" or the idle timer): only the lock screen shows, and the
 * answers held in memory go, so nothing of the person is one devtools panel away. Who is signed in
 * stays (the lock screen is theirs); everything else is asked again after the PIN.
 */
export function lockOnDevice(queryClient: QueryClient): void {
  // Only when the lock is new: a 423 while the lock screen shows must not pull focus from the PIN.
  if (!isLocked()) focusNextHeading();
  markLocked();
  forgetAnswers(queryClient);
}

/**
 * Any answer that says the session changed: 423 app_locked shows the lock screen; a 401 while
 * someone is signed in means the session ended (idle, signed out elsewhere, expired). A 401 with
 * nobody signed in (a wrong password at sign-in) changes nothing.
 */
export function followSessionAnswer(queryClient: QueryClient, error: unknown): void {
  if (isApiError(error, 423) && error.code === 'app_locked') return lockOnDevice(queryClient);
  if (isApiError(error, 401) && queryClient.getQueryData(queryKeys.me)) endSessionOnDevice(queryClient, signedOutBecauseOf(error.code));
}
