import type { Kysely } from 'kysely';

/**
 * Table shapes as stored. Kept portable between SQLite and PostgreSQL: ids and ISO timestamps
 * as TEXT, lists as JSON in TEXT, booleans as 0/1 integers.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  personal_tokens: PersonalTokensTable;
  moments: MomentsTable;
  custom_skills: CustomSkillsTable;
  skill_classifications: SkillClassificationsTable;
  preferences: PreferencesTable;
  follow_up_skips: FollowUpSkipsTable;
  safety_plan_versions: SafetyPlanVersionsTable;
  practices: PracticesTable;
  healing_paths: HealingPathsTable;
  healing_path_areas: HealingPathAreasTable;
  calendar_feeds: CalendarFeedsTable;
}

export interface UsersTable {
  id: string;
  name: string;
  /** Lower-cased name: names are unique regardless of case. */
  name_key: string;
  password_hash: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value; the value itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface PersonalTokensTable {
  id: string;
  owner_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface MomentsTable {
  owner_id: string;
  id: string;
  occurred_at: string;
  distress_before: number;
  distress_after: number | null;
  arousal: string | null;
  emotions: string;
  trigger_text: string | null;
  trigger_tags: string;
  context_tags: string;
  skill_ids: string;
  follow_ups: string;
  note: string | null;
  sat_with_feeling: number;
  created_at: string;
  updated_at: string;
}

export interface CustomSkillsTable {
  owner_id: string;
  id: string;
  name: string;
  kind: string;
  family: string;
  summary: string;
  steps: string;
  created_at: string;
  /** 1 while an imported skill waits for the person to classify it. */
  awaiting_classification: number;
}

export interface SkillClassificationsTable {
  owner_id: string;
  skill_id: string;
  kind: string;
  family: string;
}

/** One row per person who changed a preference; no row means the defaults. */
export interface PreferencesTable {
  owner_id: string;
  follow_up_delay_minutes: number;
  country: string | null;
}

export interface FollowUpSkipsTable {
  owner_id: string;
  moment_id: string;
  skipped_at: string;
}

/** One row per saved version; the highest version is the plan as it stands. */
export interface SafetyPlanVersionsTable {
  owner_id: string;
  version: number;
  saved_at: string;
  /** SafetyPlanContent as JSON. */
  content: string;
}

export interface PracticesTable {
  owner_id: string;
  id: string;
  skill_id: string;
  exercise_id: string | null;
  kind: string;
  started_at: string;
  duration_seconds: number;
  distress_before: number | null;
  distress_after: number | null;
  notes: string | null;
  stepped_back: number;
  /** Answers by step id, as JSON. */
  answers: string;
  path_area_id: string | null;
  created_at: string;
}

/** One row per person who saved a path; no row means nothing chosen yet (version 0). */
export interface HealingPathsTable {
  owner_id: string;
  version: number;
  /** Pace as JSON. */
  pace: string;
  paused: number;
  paused_at: string | null;
  /** PracticePlan as JSON, or null. */
  plan: string | null;
  updated_at: string;
}

export interface HealingPathAreasTable {
  owner_id: string;
  area_id: string;
  position: number;
  layer: number;
  started_at: string;
  layer_started_at: string;
  /** The deepest layer reached, kept when the person goes back to a gentler one. */
  deepest_layer: number;
  /** When deepest_layer was first reached; null while it is 0. */
  deepest_layer_at: string | null;
}

export interface CalendarFeedsTable {
  owner_id: string;
  /** SHA-256 of the key in the feed's address; the key itself is never stored. */
  key_hash: string;
  created_at: string;
}

export type Db = Kysely<Database>;
