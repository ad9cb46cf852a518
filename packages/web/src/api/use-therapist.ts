import type { SessionPrepQuery, TherapistRegistration, TherapistSuggestionCreate } from '@mend/core';
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { clearSignOutNote, markUnlocked } from '../lib/device-session';
import { apiCall, endpointUrl, isApiError } from './client';
import { queryKeys } from './keys';

const peopleKey = ['therapist', 'people'] as const;
const personKey = (personId: string) => ['therapist', 'person', personId] as const;

const notSharedNow = (error: unknown) => isApiError(error, 404) || isApiError(error, 403);

/**
 * Every read of a person's data is asked afresh (staleTime 0, no retry on 404/403): the person can
 * stop sharing or change what they share at any moment, and the next load must show it.
 */
const fresh = {
  staleTime: 0,
  retry: (failures: number, error: Error) => !notSharedNow(error) && failures < 2,
} as const;

/**
 * Reads of a person's data: each one writes "your therapist looked" in the person's log, so only a
 * look the therapist chose asks again, never a window coming back into focus or the network returning.
 */
const personRead = { ...fresh, refetchOnWindowFocus: false, refetchOnReconnect: false } as const;

/**
 * A 404 or 403 means the person stopped sharing, or stopped sharing this part: nothing read before
 * may stay on this device. Every other cached read of theirs goes, the list of people is asked
 * again, and the read that failed keeps only its error (removing the query being observed would
 * only make it ask again at once).
 */
function useForgetOnRefusal(personId: string) {
  const queryClient = useQueryClient();
  return async <T>(queryKey: QueryKey, read: () => Promise<T>): Promise<T> => {
    try {
      return await read();
    } catch (error) {
      if (notSharedNow(error)) {
        const cache = queryClient.getQueryCache();
        const failed = cache.find({ queryKey, exact: true });
        for (const query of cache.findAll({ queryKey: personKey(personId) })) {
          if (query === failed) query.setState({ data: undefined, dataUpdatedAt: 0 });
          else cache.remove(query);
        }
        void queryClient.invalidateQueries({ queryKey: peopleKey });
      }
      throw error;
    }
  };
}

export function useSharedPeople() {
  return useQuery({ queryKey: peopleKey, queryFn: async () => (await apiCall('sharedPeople')).people, ...fresh });
}

export function useSessionPrep(personId: string, query: { from: string; to: string; timeZone: string }, enabled = true) {
  const guarded = useForgetOnRefusal(personId);
  return useQuery({
    queryKey: [...personKey(personId), 'session-prep', query.from, query.to, query.timeZone],
    queryFn: ({ queryKey }) => guarded(queryKey, () => apiCall('sharedSessionPrep', { params: { personId }, query: { ...query, format: 'json' } })),
    enabled,
    ...personRead,
  });
}

/** The same summary as a PDF file: a plain same-origin link, so the browser sends the session cookie and saves the file. */
export function sessionPrepPdfHref(personId: string, query: Omit<SessionPrepQuery, 'format'>): string {
  return endpointUrl('sharedSessionPrep', { personId }, { format: 'pdf', ...query });
}

/** The period's moments, newest first (the first 200: enough to read before a session). */
export function useSharedMoments(personId: string, period: { from: string; to: string }, enabled: boolean) {
  const guarded = useForgetOnRefusal(personId);
  return useQuery({
    queryKey: [...personKey(personId), 'moments', period.from, period.to],
    queryFn: ({ queryKey }) => guarded(queryKey, () => apiCall('sharedMoments', { params: { personId }, query: { ...period, limit: 200 } })),
    enabled,
    ...personRead,
  });
}

export function useSharedSafetyPlan(personId: string, enabled: boolean) {
  const guarded = useForgetOnRefusal(personId);
  return useQuery({
    queryKey: [...personKey(personId), 'safety-plan'],
    queryFn: ({ queryKey }) => guarded(queryKey, () => apiCall('sharedSafetyPlan', { params: { personId } })),
    enabled,
    ...personRead,
  });
}

/** The period's practices, newest first (the newest 100 of the period). */
export function useSharedPractices(personId: string, period: { from: string; to: string }, enabled: boolean) {
  const guarded = useForgetOnRefusal(personId);
  return useQuery({
    queryKey: [...personKey(personId), 'practices', period.from, period.to],
    queryFn: async ({ queryKey }) => {
      const { practices } = await guarded(queryKey, () => apiCall('sharedPractices', { params: { personId }, query: { since: period.from, before: period.to, limit: 100 } }));
      return practices;
    },
    enabled,
    ...personRead,
  });
}

export function useSentSuggestions(personId: string, enabled = true) {
  const guarded = useForgetOnRefusal(personId);
  return useQuery({
    queryKey: [...personKey(personId), 'suggestions'],
    queryFn: async ({ queryKey }) => (await guarded(queryKey, () => apiCall('sentSuggestions', { params: { personId } }))).suggestions,
    enabled,
    ...personRead,
  });
}

export function useSuggestToPerson(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TherapistSuggestionCreate) => apiCall('suggestToPerson', { params: { personId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...personKey(personId), 'suggestions'] }),
  });
}

export function useAcceptShareInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiCall('acceptShareInvite', { body: { code } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

/** A new therapist account from an invite: signed in at once, like any registration. */
export function useRegisterTherapist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TherapistRegistration) => apiCall('registerTherapist', { body }),
    onSuccess: (account) => {
      clearSignOutNote();
      markUnlocked();
      queryClient.setQueryData(queryKeys.me, account);
      void queryClient.invalidateQueries({ queryKey: queryKeys.setupStatus });
    },
  });
}
