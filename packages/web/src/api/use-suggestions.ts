import type { Arousal } from '@mend/core';
import { useQuery } from '@tanstack/react-query';
import { apiCall } from './client';

export const suggestionsQueryKey = ['suggestions'] as const;

export interface SuggestionsAsk {
  distress: number;
  arousal: Arousal | null;
  trigger: string;
}

/** "What might help now" for what the person said; nothing is asked until they have said it. */
export function useSuggestions(ask: SuggestionsAsk | null) {
  return useQuery({
    queryKey: [...suggestionsQueryKey, ask?.distress, ask?.arousal ?? null, ask?.trigger ?? ''],
    queryFn: () => apiCall('suggestions', {
      query: {
        distress: String(ask!.distress),
        ...(ask!.arousal ? { arousal: ask!.arousal } : {}),
        ...(ask!.trigger.trim() ? { trigger: ask!.trigger.trim() } : {}),
      },
    }),
    enabled: ask !== null,
  });
}
