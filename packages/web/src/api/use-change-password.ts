import type { PasswordChange } from '@mend/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';

/**
 * Changes the password (the current one typed again). The server ends every other session, so the
 * list of signed-in browsers is asked afresh; this browser stays signed in.
 */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordChange) => apiCall('changePassword', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}
