import type { EndpointResponse, QuestionnaireResponseCreate } from '@mend/core';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';

/** The self-checks there are, each with when it was last taken and whether it is suggested again. */
export function useQuestionnaires() {
  return useQuery({ queryKey: queryKeys.questionnaires, queryFn: () => apiCall('listQuestionnaires') });
}

/** One check: its questions and answers, its scales and groupings. */
export function useQuestionnaire(id: string) {
  return useQuery({ queryKey: queryKeys.questionnaire(id), queryFn: () => apiCall('getQuestionnaire', { params: { id } }) });
}

/** Every time this check was taken, newest first, and the newest set beside the log. */
export function useQuestionnaireResponses(id: string) {
  return useQuery({ queryKey: queryKeys.questionnaireResponses(id), queryFn: () => apiCall('listQuestionnaireResponses', { params: { id } }) });
}

/** A new or deleted result changes the list's "last taken" and this check's results. */
function refreshAfterChange(queryClient: QueryClient, id: string) {
  // Not awaited: the next screen must not wait for other answers to reload.
  void queryClient.invalidateQueries({ queryKey: queryKeys.questionnaires, exact: true });
  void queryClient.invalidateQueries({ queryKey: queryKeys.questionnaire(id) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.questionnaireResponses(id) });
}

export function useSaveQuestionnaireResponse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // Offline must fail at once, with the answers kept on screen (and in the draft).
    networkMode: 'always',
    mutationFn: (body: QuestionnaireResponseCreate) => apiCall('createQuestionnaireResponse', { params: { id }, body }),
    onSuccess: () => refreshAfterChange(queryClient, id),
  });
}

export function useDeleteQuestionnaireResponse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: (responseId: string) => apiCall('deleteQuestionnaireResponse', { params: { id, responseId } }),
    onSuccess: (_, responseId) => {
      // Gone from the screen at once, before the results are asked for again.
      queryClient.setQueryData<EndpointResponse<'listQuestionnaireResponses'>>(queryKeys.questionnaireResponses(id), (list) =>
        list && { ...list, results: list.results.filter((result) => result.id !== responseId) });
      refreshAfterChange(queryClient, id);
    },
  });
}
