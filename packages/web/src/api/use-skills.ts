import type { ClassificationInput, CustomSkillInput, SkillView } from '@mend/core';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { apiCall } from './client';
import { queryKeys } from './keys';

/** The catalogue with the person's own skills and classifications. */
export const skillsQuery = queryOptions({ queryKey: queryKeys.skills, queryFn: async () => (await apiCall('listSkills')).skills });

export function useSkills(enabled = true) {
  return useQuery({ ...skillsQuery, enabled });
}

/** Replace one skill in the cached list, so every screen sees the change at once. */
function useStoreSkill() {
  const queryClient = useQueryClient();
  return (skill: SkillView) => {
    queryClient.setQueryData<SkillView[]>(queryKeys.skills, (skills) => {
      if (!skills) return skills;
      return skills.some((each) => each.id === skill.id)
        ? skills.map((each) => (each.id === skill.id ? skill : each))
        : [...skills, skill];
    });
  };
}

export function useCreateSkill() {
  const store = useStoreSkill();
  return useMutation({ mutationFn: (body: CustomSkillInput) => apiCall('createSkill', { body }), onSuccess: store });
}

export function useClassifySkill(id: string) {
  const store = useStoreSkill();
  return useMutation({
    mutationFn: (body: ClassificationInput) => apiCall('classifySkill', { params: { id }, body }),
    onSuccess: store,
  });
}

export function useResetClassification(id: string) {
  const store = useStoreSkill();
  return useMutation({ mutationFn: () => apiCall('resetClassification', { params: { id } }), onSuccess: store });
}

/** A skill's name by id; a skill no longer in the list still reads as words ("box-breathing" → "Box breathing"). */
export function useSkillName(): (id: string) => string {
  const skills = useSkills();
  const names = useMemo(() => new Map((skills.data ?? []).map((skill) => [skill.id, skill.name])), [skills.data]);
  return useCallback((id: string) => names.get(id) ?? slugWords(id), [names]);
}

export function slugWords(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
