import { useMutation } from '@tanstack/react-query';
import { apiCall } from './client';

/** Make (or replace) the calendar feed's secret address; the answer is the only time it is shown. */
export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: () => apiCall('createCalendarFeed') });
}

export function useDeleteCalendarFeed() {
  return useMutation({ mutationFn: () => apiCall('deleteCalendarFeed') });
}
