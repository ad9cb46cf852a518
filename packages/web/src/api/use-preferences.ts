import type { PreferencesUpdate } from '@mend/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';

export function usePreferences() {
  return useQuery({ queryKey: queryKeys.preferences, queryFn: () => apiCall('getPreferences') });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesUpdate) => apiCall('updatePreferences', { body }),
    onSuccess: async (preferences) => {
      queryClient.setQueryData(queryKeys.preferences, preferences);
      // A new delay changes which check-ins are due.
      await queryClient.invalidateQueries({ queryKey: queryKeys.pendingFollowUps });
    },
  });
}
