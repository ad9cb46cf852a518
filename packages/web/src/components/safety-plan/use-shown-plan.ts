import type { SafetyPlan } from '@mend/core';
import { useCallback } from 'react';
import { useSafetyPlan } from '../../api/use-safety-plan';
import { slugWords, useSkills } from '../../api/use-skills';
import { useMe } from '../../api/use-session';
import { useAppLocked } from '../../lib/device-session';
import { readDeviceSafetyPlan, type DeviceSafetyPlan } from '../../lib/device-safety-plan';

export interface ShownPlan {
  /** The plan to show: the server's when it answered, else this device's copy, else none. */
  plan: SafetyPlan | null;
  skillName: (id: string) => string;
  signedIn: boolean;
  /** Still asking the server, with no copy on this device to show meanwhile. */
  waiting: boolean;
}

/**
 * The plan for the safety-plan screen: this device's copy at once, replaced by the server's
 * when signed in and reachable. Never waits on the network to show what it already has.
 */
export function useShownPlan(): ShownPlan {
  const me = useMe();
  const locked = useAppLocked();
  // Locked: the server would answer 423; this device's copy is what shows (help never waits for a PIN).
  const signedIn = Boolean(me.data) && !locked;
  const fromServer = useSafetyPlan(signedIn);
  const skills = useSkills(signedIn);
  const device = readDeviceSafetyPlan();
  const skillName = useSkillNameFrom(device, skills.data);
  const plan = fromServer.data ?? device?.plan ?? null;
  return { plan, skillName, signedIn, waiting: !plan && (me.isPending || (signedIn && fromServer.isPending)) };
}

/** The plan kept on this device only: for screens that must not wait for anything (help, the crisis offer). */
export function useDevicePlan(): { plan: SafetyPlan | null; skillName: (id: string) => string } {
  const device = readDeviceSafetyPlan();
  return { plan: device?.plan ?? null, skillName: useSkillNameFrom(device, undefined) };
}

function useSkillNameFrom(device: DeviceSafetyPlan | null, skills: ReadonlyArray<{ id: string; name: string }> | undefined) {
  return useCallback(
    (id: string) => skills?.find((skill) => skill.id === id)?.name ?? device?.skillNames[id] ?? slugWords(id),
    [device, skills],
  );
}
