import type { Moment } from '../schemas/moment';
import type { SkillView } from '../schemas/skill';

/** What the engine reads of a moment; a full Moment fits. */
export type InsightsMoment = Pick<
  Moment,
  | 'occurredAt'
  | 'distressBefore'
  | 'distressAfter'
  | 'arousal'
  | 'triggerTags'
  | 'contextTags'
  | 'skillIds'
  | 'followUps'
  | 'satWithFeeling'
>;

/** What the engine reads of a skill; a full SkillView fits. */
export type InsightsSkill = Pick<SkillView, 'id' | 'kind' | 'family' | 'withTherapist' | 'pointsToCrisisHelp'>;

/**
 * One session of a guided practice (the stored practices). Each counts in the weekly balance
 * under its skill's kind as the person classifies it now, like a use in a moment.
 */
export interface InsightsPractice {
  skillId: string;
  startedAt: string;
}

export interface InsightsInput {
  /** All of the person's moments, in any order. Those after asOf are left out. */
  moments: readonly InsightsMoment[];
  /** The person's skills as they see them (kind as they classified it). Ids not listed here are left out of every per-skill figure. */
  skills: readonly InsightsSkill[];
  asOf: Date;
  /** IANA time zone for weekday × hour and week boundaries. */
  timeZone: string;
  /** Guided practice sessions; default none. */
  practices?: readonly InsightsPractice[];
}
