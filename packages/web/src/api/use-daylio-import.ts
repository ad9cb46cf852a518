import type { DaylioImportQuery } from '@mend/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from './client';

/** Sends Daylio's CSV as it is; afterwards every screen reads again (moments, skills, insights all change). */
export function useDaylioImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, query }: { csv: string; query: DaylioImportQuery }) => apiCall('importDaylio', { body: csv, query }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
