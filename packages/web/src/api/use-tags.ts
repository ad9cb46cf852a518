import { useQuery } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';

export function useTags() {
  return useQuery({ queryKey: queryKeys.tags, queryFn: () => apiCall('listTags') });
}
