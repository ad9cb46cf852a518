import { computeInsights, type Insights } from '@mend/core';
import { listInsightsMoments } from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';
import { listSkillViews } from './skills';

export interface InsightsRequest {
  /** Default: now. */
  asOf?: string | undefined;
  /** IANA name, already checked by the query schema. Default: UTC. */
  timeZone?: string | undefined;
}

/**
 * The person's insights as of a time. Moments after asOf are not read at all: the engine would
 * ignore them, and leaving them in the database keeps the answer's cost to the history it covers.
 */
export async function insightsFor(storage: Storage, ownerId: string, request: InsightsRequest, now: Date): Promise<Insights> {
  const asOf = request.asOf === undefined ? now : new Date(request.asOf);
  const [moments, { skills }] = await Promise.all([
    listInsightsMoments(storage.db, ownerId, asOf.toISOString()),
    listSkillViews(storage, ownerId),
  ]);
  return computeInsights({ moments, skills, asOf, timeZone: request.timeZone ?? 'UTC' });
}
