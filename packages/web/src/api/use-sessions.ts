import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';

/** The browsers signed in to this account, newest first; never remembered on the device. */
export function useSessions() {
  return useQuery({ queryKey: queryKeys.sessions, queryFn: async () => (await apiCall('listSessions')).sessions });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiCall('endSession', { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}
