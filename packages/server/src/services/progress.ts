import { computeProgress, type Progress } from '@mend/core';
import { listAllMoments } from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';
import { listAllPractices } from '../storage/practices-store';
import { insightsWith, type InsightsRequest } from './insights';
import { currentPathState } from './path-state';
import { listSkillViews } from './skills';

/** Wins, this week so far and milestones, as of a time (default now) in the browser's time zone (default UTC). */
export async function progressFor(storage: Storage, ownerId: string, request: InsightsRequest, now: Date): Promise<Progress> {
  const asOf = request.asOf === undefined ? now : new Date(request.asOf);
  const timeZone = request.timeZone ?? 'UTC';
  const through = asOf.toISOString();
  const [moments, practices, path, { skills }] = await Promise.all([
    listAllMoments(storage.db, ownerId, through),
    listAllPractices(storage.db, ownerId, through),
    currentPathState(storage.db, ownerId),
    listSkillViews(storage, ownerId),
  ]);
  const insights = await insightsWith(storage, ownerId, { asOf, timeZone, skills, practices });
  return computeProgress({
    moments,
    practices,
    skills,
    insights,
    path: path.version === 0 ? null : path,
    asOf,
    timeZone,
  });
}
