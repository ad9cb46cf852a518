import type { TokenCreate } from '@mend/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';

export function useTokens() {
  return useQuery({ queryKey: queryKeys.tokens, queryFn: async () => (await apiCall('listTokens')).tokens });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenCreate) => apiCall('createToken', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiCall('revokeToken', { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}
