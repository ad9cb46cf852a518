import { suggestWhatMightHelp, type Suggestions, type SuggestionsQuery } from '@mend/core';
import type { Storage } from '../storage/open-storage';
import { listAllPractices } from '../storage/practices-store';
import { insightsWith } from './insights';
import { currentPathState } from './path-state';
import { listSkillViews } from './skills';

/**
 * What might help now, from the level and state the person gives and their own data (which of
 * their skills soothe, how steady recent weeks were, their healing path). Weeks are counted in the
 * plan's time zone when there is a plan, else UTC.
 */
export async function suggestionsFor(storage: Storage, ownerId: string, query: SuggestionsQuery, now: Date): Promise<Suggestions> {
  const [path, practices, { skills }] = await Promise.all([
    currentPathState(storage.db, ownerId),
    listAllPractices(storage.db, ownerId, now.toISOString()),
    listSkillViews(storage, ownerId),
  ]);
  const timeZone = path.plan?.timeZone ?? 'UTC';
  const insights = await insightsWith(storage, ownerId, { asOf: now, timeZone, skills, practices });
  return suggestWhatMightHelp({
    distress: query.distress,
    arousal: query.arousal ?? null,
    trigger: query.trigger || null,
    skills,
    skillEffects: insights.skillEffects,
    windowWeeks: insights.windowOfTolerance.weeks,
    path: path.version === 0 ? null : path,
    practices,
    asOf: now,
    timeZone,
  });
}
