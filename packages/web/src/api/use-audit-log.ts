import { useInfiniteQuery } from '@tanstack/react-query';
import { apiCall } from './client';

const PAGE_SIZE = 30;

/**
 * The account's activity, newest first, a page at a time. Always asked afresh when the screen
 * opens: an export started from a plain download link never tells the query cache.
 */
export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: ['audit-log'],
    queryFn: ({ pageParam }) => apiCall('auditLog', { query: { limit: PAGE_SIZE, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 0,
  });
}
