import type { ShareTerms, TherapistSuggestionAnswer } from '@mend/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { pathQueryKey } from './use-path';

export const sharingQueryKey = ['sharing'] as const;
export const therapistSuggestionsKey = ['therapist-suggestions'] as const;

/** Who the person shares with, and invites not used yet. Asked afresh when opened: a therapist may have just used an invite. */
export function useSharing() {
  return useQuery({ queryKey: sharingQueryKey, queryFn: () => apiCall('sharing'), staleTime: 0 });
}

function useRefreshSharing() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: sharingQueryKey });
}

export function useCreateShareInvite() {
  const refresh = useRefreshSharing();
  return useMutation({ mutationFn: (body: ShareTerms) => apiCall('createShareInvite', { body }), onSuccess: refresh });
}

export function useCancelShareInvite() {
  const refresh = useRefreshSharing();
  return useMutation({ mutationFn: (id: string) => apiCall('cancelShareInvite', { params: { id } }), onSuccess: refresh });
}

export function useUpdateShare() {
  const refresh = useRefreshSharing();
  return useMutation({ mutationFn: ({ id, terms }: { id: string; terms: ShareTerms }) => apiCall('updateShare', { params: { id }, body: terms }), onSuccess: refresh });
}

export function useRevokeShare() {
  const refresh = useRefreshSharing();
  return useMutation({ mutationFn: (id: string) => apiCall('revokeShare', { params: { id } }), onSuccess: refresh });
}

/**
 * What therapists suggested. `background`: Home asks for it after its own first render, as a
 * quiet extra that must not count as use or hold up the quick log.
 */
export function useTherapistSuggestions({ enabled = true, background = false }: { enabled?: boolean; background?: boolean } = {}) {
  return useQuery({
    queryKey: therapistSuggestionsKey,
    queryFn: async () => (await apiCall('listTherapistSuggestions', { background })).suggestions,
    enabled,
  });
}

export function useAnswerTherapistSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string } & TherapistSuggestionAnswer) => apiCall('answerTherapistSuggestion', { params: { id }, body: { answer } }),
    onSuccess: (suggestion) => {
      queryClient.setQueryData(therapistSuggestionsKey, (list: typeof suggestion[] | undefined) =>
        list?.map((each) => (each.id === suggestion.id ? suggestion : each)));
      // An accepted area is on the path now.
      if (suggestion.kind === 'area' && suggestion.status === 'accepted') void queryClient.invalidateQueries({ queryKey: pathQueryKey });
    },
  });
}
