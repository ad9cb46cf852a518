import {
  applyPathUpdate, MAX_PATH_AREAS, nextPathStep, pathReadiness, type Path, type PathState, type PathUpdateSchema, type Practice, type WindowWeek,
} from '@mend/core';
import type { z } from 'zod';
import { ApiProblem, invalidFields, staleVersion } from '../api-problem';
import type { Db } from '../storage/database';
import type { Storage } from '../storage/open-storage';
import { savePathState } from '../storage/path-store';
import { listAllPractices } from '../storage/practices-store';
import { inTransaction } from '../storage/transaction';
import { insightsWith } from './insights';
import { currentPathState } from './path-state';
import { sameRecord } from './same-record';
import { listSkillViews } from './skills';
import { nextVersion } from './next-version';

export type PathUpdateInput = z.output<typeof PathUpdateSchema>;

/** The path as it stands, with the next step at the person's pace and the readiness check for each area. */
export async function getPath(storage: Storage, ownerId: string, now: Date): Promise<Path> {
  return describePath(storage, ownerId, await currentPathState(storage.db, ownerId), now);
}

/**
 * Saves the path. Going a layer deeper needs the person's own feelSafeEnough: true (core's
 * applyPathUpdate says which field is wrong otherwise). A save based on an older version than the
 * stored one is refused with 409, never merged. Saving what is already there changes nothing.
 */
export async function savePath(storage: Storage, ownerId: string, update: PathUpdateInput, now: Date): Promise<Path> {
  const state = await inTransaction(storage, async (db) => {
    const current = await currentPathState(db, ownerId);
    if (update.baseVersion !== undefined && update.baseVersion !== current.version) throw staleVersion('healing path', update.baseVersion, current.version);
    const result = applyPathUpdate(current, update, now);
    if (!result.ok) throw invalidFields({ [result.field]: result.message });
    if (sameContent(result.state, current)) return current;
    // Core's update counts one on; at the highest version that is refused rather than stored.
    nextVersion('healing path', current.version);
    const saved = { ...result.state, updatedAt: now.toISOString() };
    // Two saves racing from the same version: the second finds the version moved on.
    if (!(await savePathState(db, ownerId, saved, current.version))) throw staleVersion('healing path', current.version, current.version + 1);
    return saved;
  });
  return describePath(storage, ownerId, state, now);
}

/**
 * Adds an area at its gentlest layer, keeping everything else as it is (a therapist's suggestion
 * the person accepted). Already there: nothing changes. Run it in the caller's transaction, so
 * the path and the answer to the suggestion land together; a full path is a 409 and nothing changes.
 */
export async function addAreaToPath(db: Db, ownerId: string, areaId: string, now: Date): Promise<void> {
  const current = await currentPathState(db, ownerId);
  if (current.areas.some((area) => area.areaId === areaId)) return;
  if (current.areas.length >= MAX_PATH_AREAS) {
    throw new ApiProblem(
      409,
      'path_full',
      `Your path already has ${MAX_PATH_AREAS} areas, the most it can hold. To take this one on, first set one aside on your path, then accept it again.`,
    );
  }
  const areas = [...current.areas.map((area) => ({ areaId: area.areaId, layer: area.layer })), { areaId, layer: 0 }];
  const result = applyPathUpdate(current, { areas, pace: current.pace, paused: current.paused, plan: current.plan }, now);
  if (!result.ok) throw invalidFields({ [result.field]: result.message });
  nextVersion('healing path', current.version);
  if (!(await savePathState(db, ownerId, { ...result.state, updatedAt: now.toISOString() }, current.version))) {
    throw staleVersion('healing path', current.version, current.version + 1);
  }
}

async function describePath(storage: Storage, ownerId: string, state: PathState, now: Date): Promise<Path> {
  const [practices, { skills }] = await Promise.all([listAllPractices(storage.db, ownerId, now.toISOString()), listSkillViews(storage, ownerId)]);
  const timeZone = state.plan?.timeZone ?? 'UTC';
  const insights = await insightsWith(storage, ownerId, { asOf: now, timeZone, skills, practices });
  return pathAnswer(state, practices, insights.windowOfTolerance.weeks, now);
}

function pathAnswer(state: PathState, practices: readonly Practice[], windowWeeks: readonly WindowWeek[], now: Date): Path {
  const { next, practicesThisWeek } = nextPathStep({ path: state, practices, asOf: now });
  return { ...state, next, readiness: pathReadiness({ path: state, practices, windowWeeks }), practicesThisWeek };
}

/** Everything but the version and the time of saving. */
function sameContent(a: PathState, b: PathState): boolean {
  const { version: _a, updatedAt: _at, ...left } = a;
  const { version: _b, updatedAt: _bt, ...right } = b;
  return sameRecord(left, right);
}

