import type { Insights } from '@mend/core';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/keys';
import { browserTimeZone } from '../../api/use-insights';
import { copingExerciseForStepBack } from '../../lib/practice-coping';

/**
 * Where a step back goes: the person's own soothing coping exercise when their insights are
 * already loaded (it never waits for them), else box breathing (lib/practice-coping.ts). Help is
 * only the last resort, for a Mend with no coping exercise at all.
 */
export function stepBackPath(queryClient: QueryClient): string {
  const insights = queryClient.getQueryData<Insights>(queryKeys.insightsIn(browserTimeZone()));
  const coping = copingExerciseForStepBack(insights?.wins.soothingSkillIds ?? []);
  return coping ? `/practice/${coping.id}` : '/help';
}
