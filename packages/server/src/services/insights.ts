import { computeInsights, type Insights, type InsightsPractice, type SkillView } from '@mend/core';
import { listInsightsMoments } from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';
import { listInsightsPractices } from '../storage/practices-store';
import { listSkillViews } from './skills';

export interface InsightsRequest {
  /** Default: now. */
  asOf?: string | undefined;
  /** IANA name, already checked by the query schema. Default: UTC. */
  timeZone?: string | undefined;
}

/**
 * The person's insights as of a time. Moments and practices after asOf are not read at all: the
 * engine would ignore them, and leaving them in the database keeps the answer's cost to the
 * history it covers.
 */
export async function insightsFor(storage: Storage, ownerId: string, request: InsightsRequest, now: Date): Promise<Insights> {
  const asOf = request.asOf === undefined ? now : new Date(request.asOf);
  const [{ skills }, practices] = await Promise.all([
    listSkillViews(storage, ownerId),
    listInsightsPractices(storage.db, ownerId, asOf.toISOString()),
  ]);
  return insightsWith(storage, ownerId, { asOf, timeZone: request.timeZone ?? 'UTC', skills, practices });
}

/** The same, for a caller that has already read the person's skills and practices. */
export async function insightsWith(
  storage: Storage,
  ownerId: string,
  input: { asOf: Date; timeZone: string; skills: readonly SkillView[]; practices: readonly InsightsPractice[] },
): Promise<Insights> {
  const moments = await listInsightsMoments(storage.db, ownerId, input.asOf.toISOString());
  return computeInsights({ moments, skills: input.skills, practices: input.practices, asOf: input.asOf, timeZone: input.timeZone });
}
