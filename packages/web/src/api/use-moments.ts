import type { MomentPatch } from '@mend/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiCall } from './client';
import { queryKeys } from './keys';

const PAGE_SIZE = 30;
/** Enough history to know a person's usual skills without loading everything. */
const RECENT_LIMIT = 100;

export function useMomentPages() {
  return useInfiniteQuery({
    queryKey: queryKeys.momentPages,
    queryFn: ({ pageParam }) => apiCall('listMoments', { query: { limit: PAGE_SIZE, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useRecentMoments() {
  return useQuery({
    queryKey: queryKeys.recentMoments,
    queryFn: async () => (await apiCall('listMoments', { query: { limit: RECENT_LIMIT } })).moments,
  });
}

export function useMoment(id: string) {
  return useQuery({ queryKey: queryKeys.moment(id), queryFn: () => apiCall('getMoment', { params: { id } }) });
}

/** Everything computed from moments goes stale with them: lists, tags, insights, pending check-ins. */
export function useInvalidateMoments() {
  const queryClient = useQueryClient();
  // Stable, so effects that send the outbox do not restart on every render.
  return useCallback(() => Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.moments }),
    queryClient.invalidateQueries({ queryKey: queryKeys.tags }),
    queryClient.invalidateQueries({ queryKey: queryKeys.insights }),
    queryClient.invalidateQueries({ queryKey: queryKeys.pendingFollowUps }),
  ]), [queryClient]);
}

// Logging a moment goes through the device's outbox first: see useLogMoment in use-log-moment.ts.

export function useUpdateMoment(id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMoments();
  return useMutation({
    mutationFn: (body: MomentPatch) => apiCall('updateMoment', { params: { id }, body }),
    onSuccess: async (moment) => {
      queryClient.setQueryData(queryKeys.moment(id), moment);
      await invalidate();
    },
  });
}

export function useDeleteMoment() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMoments();
  return useMutation({
    mutationFn: (id: string) => apiCall('deleteMoment', { params: { id } }),
    onSuccess: async (_, id) => {
      queryClient.removeQueries({ queryKey: queryKeys.moment(id) });
      await invalidate();
    },
  });
}
