import type { Insights } from '@mend/core';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/keys';
import { browserTimeZone } from '../../api/use-insights';
import { copingExerciseForStepBack } from '../../lib/practice-coping';

/** Where a step back goes: a coping exercise from the person's insights if they are loaded (never waits for them), else help. */
export function stepBackPath(queryClient: QueryClient): string {
  const insights = queryClient.getQueryData<Insights>(queryKeys.insightsIn(browserTimeZone()));
  const coping = copingExerciseForStepBack(insights?.wins.soothingSkillIds ?? []);
  return coping ? `/practice/${coping.id}` : '/help';
}
