import type { Path, PathState, PathUpdate, PracticePlan } from '@mend/core';

/** What the path form edits. Layers are not here: they change only through the readiness check or "back to a gentler layer". */
export interface PathDraft {
  areaIds: string[];
  practicesPerWeek: number;
  weekdays: number[];
  time: string;
  notify: boolean;
}

export const DEFAULT_PLAN_TIME = '19:00';

export function draftFromPath(path: PathState): PathDraft {
  return {
    areaIds: path.areas.map((area) => area.areaId),
    practicesPerWeek: path.pace.practicesPerWeek,
    weekdays: [...(path.plan?.weekdays ?? [])].sort((a, b) => a - b),
    time: path.plan?.time ?? DEFAULT_PLAN_TIME,
    notify: path.plan?.notify ?? false,
  };
}

/** Ticking an area adds it at the end (the order chosen is the order the path offers them); unticking drops it. */
export function toggleArea(draft: PathDraft, areaId: string, chosen: boolean): PathDraft {
  const without = draft.areaIds.filter((id) => id !== areaId);
  return { ...draft, areaIds: chosen ? [...without, areaId] : without };
}

/** No days chosen means no plan: no reminders, nothing in the calendar. */
export function planFromDraft(draft: PathDraft, timeZone: string): PracticePlan | null {
  if (draft.weekdays.length === 0) return null;
  return { weekdays: [...draft.weekdays].sort((a, b) => a - b), time: draft.time, timeZone, notify: draft.notify };
}

const layerOf = (stored: PathState, areaId: string) => stored.areas.find((area) => area.areaId === areaId)?.layer ?? 0;

/** The whole form saved: kept areas keep their layer, new ones start at the gentlest. */
export function updateFromDraft(draft: PathDraft, stored: PathState, baseVersion: number, timeZone: string): PathUpdate {
  return {
    baseVersion,
    areas: draft.areaIds.map((areaId) => ({ areaId, layer: layerOf(stored, areaId) })),
    pace: { practicesPerWeek: draft.practicesPerWeek },
    paused: stored.paused,
    plan: planFromDraft(draft, timeZone),
  };
}

/**
 * One area moved to another layer, everything else as stored. A deeper layer carries the
 * person's own "I feel safe enough"; a gentler one needs nothing.
 */
export function layerUpdate(stored: PathState, areaId: string, layer: number, baseVersion: number): PathUpdate {
  return {
    baseVersion,
    areas: stored.areas.map((area) => {
      if (area.areaId !== areaId) return { areaId: area.areaId, layer: area.layer };
      return layer > area.layer ? { areaId, layer, feelSafeEnough: true } : { areaId, layer };
    }),
    pace: stored.pace,
    paused: stored.paused,
    plan: stored.plan,
  };
}

/** Pause or resume: nothing else changes, nothing is lost. */
export function pauseUpdate(stored: PathState, paused: boolean, baseVersion: number): PathUpdate {
  return {
    baseVersion,
    areas: stored.areas.map((area) => ({ areaId: area.areaId, layer: area.layer })),
    pace: stored.pace,
    paused,
    plan: stored.plan,
  };
}

export function readinessFor(path: Path, areaId: string) {
  return path.readiness.find((entry) => entry.areaId === areaId) ?? null;
}

/**
 * Where a step opens: its guided exercise, or else the skill's page, where "I practised this"
 * records it. Either way it carries the area, so the practice counts as a step on the path.
 */
export function stepHref(step: { exerciseId: string | null; skillId: string; areaId: string }): string {
  const path = `?path=${encodeURIComponent(step.areaId)}`;
  return step.exerciseId ? `/practice/${step.exerciseId}${path}` : `/toolkit/${step.skillId}${path}`;
}
