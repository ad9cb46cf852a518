import type { Generated, Kysely } from 'kysely';

/**
 * Table shapes as stored. Kept portable between SQLite and PostgreSQL: ids and ISO timestamps
 * as TEXT, lists as JSON in TEXT, booleans as 0/1 integers.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  known_devices: KnownDevicesTable;
  sign_in_throttles: SignInThrottlesTable;
  app_locks: AppLocksTable;
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
  data_keys: DataKeysTable;
  audit_events: AuditEventsTable;
  share_invites: ShareInvitesTable;
  shares: SharesTable;
  therapist_suggestions: TherapistSuggestionsTable;
  questionnaires: QuestionnairesTable;
  questionnaire_responses: QuestionnaireResponsesTable;
}

export interface UsersTable {
  id: string;
  name: string;
  /** Lower-cased name: names are unique regardless of case. */
  name_key: string;
  password_hash: string;
  role: string;
  created_at: string;
  /** Moves with every change to the person's custom skills or classifications (skill-filings-cache.ts). */
  skill_filings_version: Generated<number>;
}

export interface SessionsTable {
  /** Shown to the person to end one session; not the secret. */
  id: string;
  /** SHA-256 of the cookie value; the value itself is never stored. */
  token_hash: string;
  owner_id: string;
  /** A label from a fixed list ("Firefox on Linux"), never the raw User-Agent. */
  device: string;
  created_at: string;
  /** Written at most about once a minute: idle sign-out and the app lock count from it. */
  last_seen_at: string;
  expires_at: string;
  /** Set by "lock now"; an idle session is locked without it. */
  locked_at: string | null;
  failed_unlocks: Generated<number>;
}

export interface KnownDevicesTable {
  owner_id: string;
  /** SHA-256 of the device cookie. */
  device_hash: string;
  device: string;
  first_seen_at: string;
  last_seen_at: string;
}

export interface SignInThrottlesTable {
  /** SHA-256 of "account:<name key>", "address:<ip>" or "unlock:<person id>". */
  key_hash: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string | null;
}

export interface AppLocksTable {
  owner_id: string;
  /** argon2id of the PIN; the PIN itself is never stored. */
  pin_hash: string;
  lock_after_minutes: number;
  updated_at: string;
}

export interface PersonalTokensTable {
  id: string;
  owner_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  /** JSON array of TokenScope. */
  scopes: Generated<string>;
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
  /** 1 when logged, one more at every edit: edits are written only from the version they read. */
  version: number;
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
  idle_sign_out_minutes: number | null;
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

/** One row per audit event; the person reads them, newest first. */
export interface AuditEventsTable {
  owner_id: string;
  id: string;
  occurred_at: string;
  kind: string;
  /** AuditDetail as JSON: plain facts, never the person's own text. */
  detail: string;
}

/** A person's data key, wrapped (AES-256-GCM) by the server key named by server_key_id; never stored unwrapped. */
export interface DataKeysTable {
  owner_id: string;
  server_key_id: string;
  /** enc:v1:… of the 32-byte key, bound to owner_id. */
  wrapped_key: string;
  created_at: string;
}

/** An invite not used yet; owner_id is the person who made it. Used or cancelled, the row goes. */
export interface ShareInvitesTable {
  id: string;
  owner_id: string;
  /** SHA-256 of the normalised code; the code itself is never stored. */
  code_hash: string;
  /** ShareScope[] as JSON. */
  scopes: string;
  until: string;
  created_at: string;
  /** The code works until then. */
  expires_at: string;
}

/** One row per (person, therapist); owner_id is the person. Revoked, the row goes. */
export interface SharesTable {
  id: string;
  owner_id: string;
  therapist_id: string;
  /** ShareScope[] as JSON. */
  scopes: string;
  /** Active while this is in the future. */
  until: string;
  created_at: string;
  updated_at: string;
}

/** owner_id is the person the suggestion is for; the message is sealed with their data key. */
export interface TherapistSuggestionsTable {
  id: string;
  owner_id: string;
  therapist_id: string;
  kind: string;
  target_id: string;
  message: string | null;
  /** open | accepted | declined */
  status: string;
  created_at: string;
  answered_at: string | null;
}

export type Db = Kysely<Database>;

export interface QuestionnairesTable {
  id: string;
  url: string;
  version: string | null;
  title: string;
  /** The FHIR Questionnaire as loaded, JSON. */
  resource: string;
  added_at: string;
}

export interface QuestionnaireResponsesTable {
  owner_id: string;
  id: string;
  questionnaire_id: string;
  questionnaire_version: string | null;
  taken_at: string;
  /** Sealed JSON: code by linkId. */
  answers: string;
  /** Sealed JSON: { scales, composites }. */
  scores: string;
  created_at: string;
}
