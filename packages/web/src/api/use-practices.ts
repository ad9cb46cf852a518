import type { Practice, PracticeCreate } from '@mend/core';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';

export const practiceKeys = {
  all: ['practices'] as const,
  recent: (limit: number) => ['practices', 'recent', limit] as const,
  one: (id: string) => ['practices', 'one', id] as const,
};

/**
 * What a new practice changes besides the list: insights count practices, and progress, the
 * path's next step and "what might help now" are built from them (by prefix, so every time zone
 * or filter of those queries is refreshed).
 */
const TOUCHED_BY_A_PRACTICE = [practiceKeys.all, queryKeys.insights, ['progress'], ['path'], ['suggestions']] as const;

export function useRecentPractices(limit = 5) {
  return useQuery({
    queryKey: practiceKeys.recent(limit),
    queryFn: async () => (await apiCall('listPractices', { query: { limit } })).practices,
  });
}

/** One practice with its answers. `enabled: false` once it is deleted, so it is not asked for again. */
export function usePractice(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: practiceKeys.one(id), queryFn: () => apiCall('getPractice', { params: { id } }), enabled });
}

/**
 * Sends one practice. Works outside a component too (a step back sends while the screen
 * changes), so it is a plain function; the hook below wraps it for a screen.
 */
export async function recordPractice(queryClient: QueryClient, body: PracticeCreate): Promise<Practice> {
  const practice = await apiCall('createPractice', { body });
  // Not awaited: "Saved" must not wait for other screens' data to reload.
  for (const queryKey of TOUCHED_BY_A_PRACTICE) void queryClient.invalidateQueries({ queryKey });
  return practice;
}

export function useRecordPractice() {
  const queryClient = useQueryClient();
  return useMutation({
    // Offline must fail at once, with the answers kept on screen, not wait silently for a network.
    networkMode: 'always',
    mutationFn: (body: PracticeCreate) => recordPractice(queryClient, body),
  });
}

/** Deletes one practice; everything built from practices goes stale with it. */
export function useDeletePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    // Offline it says so at once (beside the button) instead of waiting silently.
    networkMode: 'always',
    mutationFn: (id: string) => apiCall('deletePractice', { params: { id } }),
    onSuccess: (_, id) => {
      // Removed before the lists are refreshed, so they do not ask again for the one just deleted.
      queryClient.removeQueries({ queryKey: practiceKeys.one(id) });
      for (const queryKey of TOUCHED_BY_A_PRACTICE) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
