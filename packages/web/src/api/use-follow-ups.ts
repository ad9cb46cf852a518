import type { PendingFollowUp } from '@mend/core';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';
import { useInvalidateMoments } from './use-moments';

/** Check-ins come due while Home is open, so look again now and then. */
const RECHECK_MS = 5 * 60 * 1000;

/**
 * Waiting check-ins, asked again on a timer (Home, the reminders). Always sent as background: the
 * list is looked at again whether or not anyone is there, so it must never count as use.
 */
export const pendingFollowUpsQuery = queryOptions({
  queryKey: queryKeys.pendingFollowUps,
  queryFn: () => apiCall('pendingFollowUps', { background: true }),
  refetchInterval: RECHECK_MS,
});

export function usePendingFollowUps() {
  return useQuery(pendingFollowUpsQuery);
}

/** Take an answered or skipped moment off the list at once, before the server is asked again. */
function useDropPending() {
  const queryClient = useQueryClient();
  return (momentId: string) => {
    queryClient.setQueryData<{ delayMinutes: number; pending: PendingFollowUp[] }>(queryKeys.pendingFollowUps, (current) =>
      current && { ...current, pending: current.pending.filter((each) => each.momentId !== momentId) });
  };
}

export function useAnswerFollowUp() {
  const drop = useDropPending();
  const invalidate = useInvalidateMoments();
  return useMutation({
    mutationFn: ({ momentId, distress }: { momentId: string; distress: number }) =>
      apiCall('answerFollowUp', { params: { id: momentId }, body: { distress } }),
    // Not awaited: the answer shows as noted at once, while what depends on it refreshes behind.
    onSuccess: (_, { momentId }) => {
      drop(momentId);
      void invalidate();
    },
  });
}

export function useSkipFollowUp() {
  const drop = useDropPending();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (momentId: string) => apiCall('skipFollowUp', { params: { id: momentId } }),
    onSuccess: (_, momentId) => {
      drop(momentId);
      void queryClient.invalidateQueries({ queryKey: queryKeys.pendingFollowUps });
    },
  });
}
