import type { Practice, PracticeCreate } from '@mend/core';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';

export const practiceKeys = {
  all: ['practices'] as const,
  recent: (limit: number) => ['practices', 'recent', limit] as const,
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
