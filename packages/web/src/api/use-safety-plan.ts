import type { SafetyPlan, SafetyPlanUpdate, SkillView } from '@mend/core';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { writeDeviceSafetyPlan } from '../lib/device-safety-plan';
import { apiCall } from './client';
import { queryKeys } from './keys';
import { skillsQuery } from './use-skills';

/**
 * Every answer about the plan refreshes the copy on this device, so the newest plan opens offline.
 * Skill names come from the person's skill list (the catalogue and their own), fetched if need be.
 */
async function keepOnDevice(queryClient: QueryClient, plan: SafetyPlan): Promise<SafetyPlan> {
  const skills = plan.calmingSkillIds.length
    ? await queryClient.ensureQueryData(skillsQuery).catch(() => [] as SkillView[])
    : [];
  writeDeviceSafetyPlan(plan, Object.fromEntries(skills.map((skill) => [skill.id, skill.name])));
  return plan;
}

export function useSafetyPlan(enabled = true) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.safetyPlan,
    queryFn: async () => keepOnDevice(queryClient, await apiCall('getSafetyPlan')),
    enabled,
  });
}

export function useSafetyPlanHistory() {
  return useQuery({ queryKey: queryKeys.safetyPlanHistory, queryFn: () => apiCall('safetyPlanHistory') });
}

export function useSaveSafetyPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SafetyPlanUpdate) => apiCall('saveSafetyPlan', { body }),
    onSuccess: async (plan) => {
      queryClient.setQueryData(queryKeys.safetyPlan, await keepOnDevice(queryClient, plan));
      await queryClient.invalidateQueries({ queryKey: queryKeys.safetyPlanHistory });
    },
  });
}
