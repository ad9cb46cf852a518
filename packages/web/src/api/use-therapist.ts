import type { SessionPrepQuery, TherapistRegistration, TherapistSuggestionCreate } from '@mend/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { clearSignOutNote, markUnlocked } from '../lib/device-session';
import { apiCall, endpointUrl, isApiError } from './client';
import { queryKeys } from './keys';

const peopleKey = ['therapist', 'people'] as const;
const personKey = (personId: string) => ['therapist', 'person', personId] as const;

/**
 * Every read of a person's data is asked afresh (staleTime 0, no retry on 404/403): the person can
 * stop sharing or change what they share at any moment, and the next load must show it.
 */
const fresh = {
  staleTime: 0,
  retry: (failures: number, error: Error) => !isApiError(error, 404) && !isApiError(error, 403) && failures < 2,
} as const;

export function useSharedPeople() {
  return useQuery({ queryKey: peopleKey, queryFn: async () => (await apiCall('sharedPeople')).people, ...fresh });
}

export function useSessionPrep(personId: string, query: { from: string; to: string; timeZone: string }, enabled = true) {
  return useQuery({
    queryKey: [...personKey(personId), 'session-prep', query.from, query.to, query.timeZone],
    queryFn: () => apiCall('sharedSessionPrep', { params: { personId }, query: { ...query, format: 'json' } }),
    enabled,
    ...fresh,
  });
}

/** The same summary as a PDF file: a plain same-origin link, so the browser sends the session cookie and saves the file. */
export function sessionPrepPdfHref(personId: string, query: Omit<SessionPrepQuery, 'format'>): string {
  return endpointUrl('sharedSessionPrep', { personId }, { format: 'pdf', ...query });
}

/** The period's moments, newest first (the first 200: enough to read before a session). */
export function useSharedMoments(personId: string, period: { from: string; to: string }, enabled: boolean) {
  return useQuery({
    queryKey: [...personKey(personId), 'moments', period.from, period.to],
    queryFn: () => apiCall('sharedMoments', { params: { personId }, query: { ...period, limit: 200 } }),
    enabled,
    ...fresh,
  });
}

export function useSharedSafetyPlan(personId: string, enabled: boolean) {
  return useQuery({ queryKey: [...personKey(personId), 'safety-plan'], queryFn: () => apiCall('sharedSafetyPlan', { params: { personId } }), enabled, ...fresh });
}

export function useSharedPractices(personId: string, since: string, enabled: boolean) {
  return useQuery({
    queryKey: [...personKey(personId), 'practices', since],
    queryFn: async () => (await apiCall('sharedPractices', { params: { personId }, query: { since, limit: 100 } })).practices,
    enabled,
    ...fresh,
  });
}

export function useSentSuggestions(personId: string, enabled = true) {
  return useQuery({
    queryKey: [...personKey(personId), 'suggestions'],
    queryFn: async () => (await apiCall('sentSuggestions', { params: { personId } })).suggestions,
    enabled,
    ...fresh,
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
