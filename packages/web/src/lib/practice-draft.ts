import type { Exercise, PracticeAnswer, PracticeCreate } from '@mend/core';
import { newMomentId } from '../offline/moment-id';

export type PracticeStage = 'start' | 'steps' | 'finish';

/**
 * Everything a person has entered in one exercise, kept in this tab's sessionStorage on every
 * change, so a reload, a failed save or a step back into coping loses nothing. Cleared once saved.
 */
export interface PracticeDraft {
  version: 1;
  exerciseId: string;
  /** Made on the device, so sending the same practice twice stores it once. */
  practiceId: string;
  stage: PracticeStage;
  stepIndex: number;
  /** When Begin was pressed. */
  startedAt: string | null;
  /** Fixed at the first Save, so "Try again" sends exactly the same practice. */
  endedAt: string | null;
  distressBefore: number | null;
  distressAfter: number | null;
  notes: string;
  /** By step id, as typed (blank entries included); cleaned when the practice is sent. */
  answers: Record<string, PracticeAnswer>;
  /** Running time of each timer step so far, so going Back and Next again carries on. */
  timerMs: Record<string, number>;
  pathAreaId: string | null;
  /** Set when the person stepped back into coping from here; coming back offers to carry on. */
  steppedBackAt: string | null;
  /** Stepped-back practices the server has not taken yet (sent again when this exercise opens). */
  pendingStepBacks: PracticeCreate[];
}

const PREFIX = 'mend.practice-draft.';

export function newPracticeDraft(exercise: Exercise, pathAreaId: string | null): PracticeDraft {
  return {
    version: 1, exerciseId: exercise.id, practiceId: newMomentId(), stage: 'start', stepIndex: 0,
    startedAt: null, endedAt: null, distressBefore: null, distressAfter: null, notes: '',
    answers: {}, timerMs: {}, pathAreaId, steppedBackAt: null, pendingStepBacks: [],
  };
}

/** A draft worth keeping: begun, or holding a step back not yet sent. */
export function draftHasWork(draft: PracticeDraft): boolean {
  return draft.startedAt !== null || draft.pendingStepBacks.length > 0;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function readPracticeDraft(exercise: Exercise): PracticeDraft | null {
  try {
    const text = storage()?.getItem(PREFIX + exercise.id);
    if (!text) return null;
    const draft = JSON.parse(text) as Partial<PracticeDraft>;
    if (draft.version !== 1 || draft.exerciseId !== exercise.id || typeof draft.practiceId !== 'string') return null;
    const stepIndex = Math.min(Math.max(0, Number(draft.stepIndex) || 0), Math.max(0, exercise.steps.length - 1));
    const pendingStepBacks = Array.isArray(draft.pendingStepBacks) ? draft.pendingStepBacks : [];
    return { ...newPracticeDraft(exercise, null), ...draft, stepIndex, pendingStepBacks } as PracticeDraft;
  } catch {
    return null;
  }
}

/** Keeps a draft that holds something, and forgets one that no longer does. */
export function writePracticeDraft(draft: PracticeDraft): void {
  if (!draftHasWork(draft)) return clearPracticeDraft(draft.exerciseId);
  try {
    storage()?.setItem(PREFIX + draft.exerciseId, JSON.stringify(draft));
  } catch {
    // Storage full or turned off: the answers stay on screen, just not across a reload.
  }
}

/** A stepped-back practice reached the server: it no longer waits in the stored draft. */
export function forgetPendingStepBack(exercise: Exercise, practiceId: string): void {
  const draft = readPracticeDraft(exercise);
  if (!draft) return;
  writePracticeDraft({ ...draft, pendingStepBacks: draft.pendingStepBacks.filter((body) => body.id !== practiceId) });
}

export function clearPracticeDraft(exerciseId: string): void {
  try {
    storage()?.removeItem(PREFIX + exerciseId);
  } catch {
    // Nothing to clear.
  }
}
