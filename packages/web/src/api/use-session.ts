import type { Account, AppLockUpdate, Credentials } from '@mend/core';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { clearSignOutNote, markUnlocked, signedOutBecauseOf } from '../lib/device-session';
import { forgetDeviceData } from '../lib/forget-device-data';
import { apiCall, isApiError } from './client';
import { endSessionOnDevice, lockOnDevice } from './end-session';
import { queryKeys } from './keys';

/**
 * The signed-in person, or null when nobody is signed in (401). A 401 for a session this device
 * knew (or one the server says went idle) also clears what the device kept, and notes why for the
 * sign-in screen. A 423 (locked) is an error: the shell's handler shows the lock screen.
 */
async function askMe(client: QueryClient, background: boolean): Promise<Account | null> {
  try {
    const account = await apiCall('me', { background });
    markUnlocked();
    return account;
  } catch (error) {
    if (!isApiError(error, 401)) throw error;
    if (client.getQueryData(queryKeys.me) || error.code === 'signed_out_idle') endSessionOnDevice(client, signedOutBecauseOf(error.code));
    return null;
  }
}

export const meQuery = queryOptions({
  queryKey: queryKeys.me,
  queryFn: ({ client }) => askMe(client, false),
});

/**
 * Asks `me` again on a timer (is the server back?), marked as background so the server does not
 * take it for use. Its answer lands in the same cache entry, so every screen follows it.
 */
export function refreshMeInBackground(client: QueryClient): Promise<unknown> {
  return client.fetchQuery({ ...meQuery, queryFn: () => askMe(client, true), staleTime: 0 });
}

export function useMe() {
  return useQuery(meQuery);
}

/**
 * The account as the gate already knows it, for a screen inside the gate: it follows every change
 * to `me` but never asks the server again just because the screen opened.
 */
export function useKnownAccount(): Account | null | undefined {
  return useQuery({ ...meQuery, staleTime: Infinity }).data;
}

export function useSetupStatus(enabled = true) {
  return useQuery({ queryKey: queryKeys.setupStatus, queryFn: () => apiCall('setupStatus'), enabled });
}

function useSignedIn() {
  const queryClient = useQueryClient();
  return (account: Account) => {
    clearSignOutNote();
    markUnlocked();
    queryClient.setQueryData(queryKeys.me, account);
    void queryClient.invalidateQueries({ queryKey: queryKeys.setupStatus });
  };
}

export function useSignIn() {
  const signedIn = useSignedIn();
  return useMutation({ mutationFn: (body: Credentials) => apiCall('login', { body }), onSuccess: signedIn });
}

export function useRegister() {
  const signedIn = useSignedIn();
  return useMutation({ mutationFn: (body: Credentials) => apiCall('register', { body }), onSuccess: signedIn });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiCall('logout'),
    onSuccess: () => endSessionOnDevice(queryClient, null),
  });
}

/** Ends every session of the person, this one too; the sign-in screen then says so. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiCall('logoutEverywhere'),
    onSuccess: () => endSessionOnDevice(queryClient, 'everywhere'),
  });
}

/**
 * Signs this device out without being asked (the idle timer): the server is told when it can be
 * reached, and the device forgets either way, so a screen left open shows nothing.
 */
export async function signOutIdle(queryClient: ReturnType<typeof useQueryClient>): Promise<void> {
  try {
    await apiCall('logout');
  } catch {
    // Offline or already ended: the server ends an idle session itself.
  }
  endSessionOnDevice(queryClient, 'idle');
}

/** "Lock now" and the device's own timer: the lock screen shows even if the server can't be told. */
export async function lockNow(queryClient: ReturnType<typeof useQueryClient>): Promise<void> {
  try {
    await apiCall('lockApp');
  } catch {
    // Offline: locked here all the same; the server locks an unused session itself.
  }
  lockOnDevice(queryClient);
}

export function useLockNow() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => lockNow(queryClient) });
}

/** The PIN opens the session again; everything removed at the lock is asked afresh. */
export function useUnlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (pin: string) => {
      try {
        return await apiCall('unlockApp', { body: { pin } });
      } catch (error) {
        // Too many wrong PINs end the session (or it went idle behind the lock): the sign-in screen says which.
        if (isApiError(error, 401)) endSessionOnDevice(queryClient, signedOutBecauseOf(error.code));
        throw error;
      }
    },
    onSuccess: (account) => {
      markUnlocked();
      queryClient.setQueryData(queryKeys.me, account);
    },
  });
}

/** Sets, changes or removes (pin: null) the app-lock PIN; `me` carries whether one is set. */
export function useSetAppLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AppLockUpdate) => apiCall('setAppLock', { body }),
    onSuccess: (appLock) => {
      queryClient.setQueryData(queryKeys.me, (account: Account | null | undefined) => (account ? { ...account, appLock } : account));
    },
  });
}

/** Deletes the account (password typed again); on success nothing of the person stays in memory or on the device. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ ownerId, password }: { ownerId: string; password: string }) => {
      await apiCall('deleteAccount', { body: { password } });
      await forgetDeviceData(ownerId);
    },
    onSuccess: () => {
      queryClient.setQueryData(queryKeys.me, null);
      // Setup status goes too: deleting the last account makes this Mend new again.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
    },
  });
}
