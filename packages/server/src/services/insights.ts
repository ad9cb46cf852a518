import { computeInsights, type Insights, type InsightsPractice, type InsightsSkill } from '@mend/core';
import { listInsightsMoments } from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';
import { listInsightsPractices } from '../storage/practices-store';
import { filedSkillsOf } from './skills';

export interface InsightsRequest {
  /** Default: now. */
  asOf?: string | undefined;
  /** IANA name, already checked by the query schema. Default: UTC. */
  timeZone?: string | undefined;
}

/**
 * The person's insights as of a time. Moments and practices after asOf are not read at all: the
 * engine would ignore them, and leaving them in the database keeps the answer's cost to the
 * history it covers. Of the skills only their filing is read: nothing the person wrote is opened.
 */
export async function insightsFor(
  storage: Storage,
  ownerId: string,
  request: InsightsRequest,
  now: Date,
  /** The person's skill_filings_version as the request's sign-in read it: set only when they asked themselves. */
  skillFilingsVersion?: number,
): Promise<Insights> {
  const asOf = request.asOf === undefined ? now : new Date(request.asOf);
  const [skills, practices, moments] = await Promise.all([
    filedSkillsOf(storage, ownerId, skillFilingsVersion),
    listInsightsPractices(storage.db, ownerId, asOf.toISOString()),
    listInsightsMoments(storage.db, ownerId, asOf.toISOString()),
  ]);
  return computeInsights({ moments, skills, practices, asOf, timeZone: request.timeZone ?? 'UTC' });
}

/** The same, for a caller that has already read the person's skills and practices. */
export async function insightsWith(
  storage: Storage,
  ownerId: string,
  input: { asOf: Date; timeZone: string; skills: readonly InsightsSkill[]; practices: readonly InsightsPractice[] },
): Promise<Insights> {
  const moments = await listInsightsMoments(storage.db, ownerId, input.asOf.toISOString());
  return computeInsights({ moments, skills: input.skills, practices: input.practices, asOf: input.asOf, timeZone: input.timeZone });
}
