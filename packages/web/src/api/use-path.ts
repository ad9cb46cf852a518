import type { Path, PathUpdate } from '@mend/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { progressQueryKey } from './use-progress';
import { suggestionsQueryKey } from './use-suggestions';

/** Exported so whatever records a practice can refresh the path (its next step and pace) too. */
export const pathQueryKey = ['path'] as const;
/** Practices since an instant; under ['practices'], so a new practice refreshes it. */
export const practicesSinceKey = (since: string) => ['practices', 'since', since] as const;

export function usePath(enabled = true) {
  return useQuery({ queryKey: pathQueryKey, queryFn: () => apiCall('getPath'), enabled });
}

export function useSavePath() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PathUpdate) => apiCall('savePath', { body }),
    onSuccess: (path: Path) => {
      queryClient.setQueryData(pathQueryKey, path);
      // A new layer or area changes what might help and what progress shows.
      void queryClient.invalidateQueries({ queryKey: progressQueryKey });
      void queryClient.invalidateQueries({ queryKey: suggestionsQueryKey });
    },
  });
}

/** The person's practices started at or after `since`: enough to know whether today's is done. */
export function usePracticesSince(since: string, enabled = true, { background = false }: { background?: boolean } = {}) {
  return useQuery({
    queryKey: practicesSinceKey(since),
    queryFn: async () => (await apiCall('listPractices', { query: { since, limit: 100 }, background })).practices,
    enabled,
  });
}
