import { CATALOGUE, type SafetyPlan, type SafetyPlanUpdate, type SkillView } from '@mend/core';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { writeDeviceSafetyPlan } from '../lib/device-safety-plan';
import { apiCall } from './client';
import { queryKeys } from './keys';

/** Every answer about the plan refreshes the copy on this device, so the newest plan opens offline. */
function keepOnDevice(queryClient: QueryClient, plan: SafetyPlan): SafetyPlan {
  const own = queryClient.getQueryData<SkillView[]>(queryKeys.skills) ?? [];
  const names = Object.fromEntries([...CATALOGUE, ...own].map((skill) => [skill.id, skill.name]));
  writeDeviceSafetyPlan(plan, names);
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
      queryClient.setQueryData(queryKeys.safetyPlan, keepOnDevice(queryClient, plan));
      await queryClient.invalidateQueries({ queryKey: queryKeys.safetyPlanHistory });
    },
  });
}
