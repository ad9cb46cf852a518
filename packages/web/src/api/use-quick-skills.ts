import { quickSkillIds } from '@mend/core';
import { useMemo } from 'react';
import { useRecentMoments } from './use-moments';
import { useSkills } from './use-skills';

/** The skills a log offers first: the person's recent and most-used, then gentle defaults. */
export function useQuickSkills() {
  const skills = useSkills();
  const moments = useRecentMoments();
  const quickIds = useMemo(
    () => quickSkillIds(skills.data ?? [], moments.data ?? [], new Date()),
    [skills.data, moments.data],
  );
  // A remembered list (server away) is still a list: only no list at all is a load problem.
  return { skills: skills.data, quickIds, loadProblem: skills.isError && !skills.data };
}
