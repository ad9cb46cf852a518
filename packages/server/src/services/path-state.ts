import { DEFAULT_PACE, type PathState } from '@mend/core';
import type { Db } from '../storage/database';
import { getPathState } from '../storage/path-store';

/** Nothing chosen yet: version 0, the default pace. */
export function emptyPathState(): PathState {
  return { version: 0, areas: [], pace: { ...DEFAULT_PACE }, paused: false, pausedAt: null, plan: null, updatedAt: null };
}

/** The path as it stands, or the empty one at version 0. */
export async function currentPathState(db: Db, ownerId: string): Promise<PathState> {
  return (await getPathState(db, ownerId)) ?? emptyPathState();
}
