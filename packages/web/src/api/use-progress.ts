import { useQuery } from '@tanstack/react-query';
import { apiCall } from './client';
import { browserTimeZone } from './use-insights';

export const progressQueryKey = ['progress'] as const;

/** Wins, this week and milestones, with weeks and days in the browser's time zone. */
export function useProgress() {
  const timeZone = browserTimeZone();
  return useQuery({
    queryKey: [...progressQueryKey, timeZone],
    queryFn: () => apiCall('progress', { query: { timeZone } }),
  });
}
