import type { Preferences, PreferencesUpdate } from '@mend/core';
import { rememberHelpCountry } from '../lib/help-country';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';

/** The country chosen for crisis lines is also this device's: help and the plan show it signed out and offline. */
function rememberCountry(preferences: Preferences): Preferences {
  if (preferences.country) rememberHelpCountry(preferences.country);
  return preferences;
}

export function usePreferences(enabled = true) {
  return useQuery({ queryKey: queryKeys.preferences, queryFn: async () => rememberCountry(await apiCall('getPreferences')), enabled });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesUpdate) => apiCall('updatePreferences', { body }),
    onSuccess: async (preferences) => {
      queryClient.setQueryData(queryKeys.preferences, rememberCountry(preferences));
      // A new delay changes which check-ins are due.
      await queryClient.invalidateQueries({ queryKey: queryKeys.pendingFollowUps });
    },
  });
}
