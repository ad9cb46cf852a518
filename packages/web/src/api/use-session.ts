import type { Credentials, Me } from '@mend/core';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall, isApiError } from './client';
import { queryKeys } from './keys';
import { forgetDeviceData } from '../lib/forget-device-data';
import { forgetRememberedQueries } from './persist-queries';

/** The signed-in person, or null when nobody is signed in (401). */
export const meQuery = queryOptions({
  queryKey: queryKeys.me,
  queryFn: async (): Promise<Me | null> => {
    try {
      return await apiCall('me');
    } catch (error) {
      if (isApiError(error, 401)) return null;
      throw error;
    }
  },
});

export function useMe() {
  return useQuery(meQuery);
}

export function useSetupStatus(enabled = true) {
  return useQuery({ queryKey: queryKeys.setupStatus, queryFn: () => apiCall('setupStatus'), enabled });
}

function useSignedIn() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    queryClient.setQueryData(queryKeys.me, me);
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
    onSuccess: () => {
      // Nothing of the person's should stay in memory once they sign out. The `me` entry itself
      // stays (set to null) so the screens watching it switch to sign-in at once.
      queryClient.setQueryData(queryKeys.me, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
      // Nor on this device: the remembered copy (who was signed in, their skills) goes too.
      forgetRememberedQueries();
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
