import { useQuery } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';

/** The browser's own time zone, so "Monday evening" means the person's Monday evening. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function useInsights() {
  const timeZone = browserTimeZone();
  return useQuery({
    queryKey: queryKeys.insightsIn(timeZone),
    queryFn: () => apiCall('insights', { query: { timeZone } }),
  });
}
