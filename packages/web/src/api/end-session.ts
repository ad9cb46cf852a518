import type { QueryClient } from '@tanstack/react-query';
import { markLocked, markUnlocked, noteSignedOut, signedOutBecauseOf, type SignedOutBecause } from '../lib/device-session';
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
export function endSessionOnDevice(queryClient: QueryClient, because: SignedOutBecause | null): void {
  if (because) noteSignedOut(because);
  markUnlocked();
  queryClient.setQueryData(queryKeys.me, null);
  forgetAnswers(queryClient);
  forgetSignedInData();
}

/**
 * Locked (by the server, "Lock now" or the idle timer): only the lock screen shows, and the
 * answers held in memory go, so nothing of the person is one devtools panel away. Who is signed in
 * stays (the lock screen is theirs); everything else is asked again after the PIN.
 */
export function lockOnDevice(queryClient: QueryClient): void {
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
