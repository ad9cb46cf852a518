import { z } from 'zod';
import {
  AccountDeleteSchema, CreatedTokenSchema, CredentialsSchema, HealthSchema, SetupStatusSchema, TokenCreateSchema, TokenSchema,
} from '../schemas/account';
import {
  AccountSchema, AppLockStatusSchema, AppLockUpdateSchema, PasswordChangeSchema, SessionListSchema, SignedOutEverywhereSchema, UnlockSchema,
} from '../schemas/sessions';
import { ExportDocumentSchema, ExportHeaderSchema, ImportResultSchema } from '../schemas/export';
import { ExportQuerySchema } from '../schemas/export-query';
import { AuditLogPageSchema, AuditLogQuerySchema } from '../schemas/audit';
import { DaylioCsvSchema, DaylioImportQuerySchema, DaylioImportResultSchema } from '../schemas/daylio';
import {
  IdSchema, LoggedMomentSchema, MomentCreateSchema, MomentListQuerySchema, MomentPageSchema, MomentPatchSchema, MomentSchema,
} from '../schemas/moment';
import {
  ClassificationInputSchema, CustomSkillInputSchema, SkillIdSchema, SkillViewSchema,
} from '../schemas/skill';
import { TagSummarySchema } from '../schemas/tags';
import {
  FollowUpAnswerSchema, PendingFollowUpsSchema, PreferencesSchema, PreferencesUpdateSchema,
} from '../schemas/follow-ups';
import { CrisisLinesQuerySchema, CrisisLinesSchema } from '../schemas/crisis-lines';
import { SafetyPlanHistorySchema, SafetyPlanSchema, SafetyPlanUpdateSchema } from '../schemas/safety-plan';
import { InsightsQuerySchema, InsightsSchema } from '../insights/insights-schema';
import { PracticeCreateSchema, PracticeListQuerySchema, PracticeListSchema, PracticeSchema } from '../schemas/practice';
import { PathSchema, PathUpdateSchema } from '../schemas/path';
import { ProgressQuerySchema, ProgressSchema } from '../schemas/progress';
import { SuggestionsQuerySchema, SuggestionsSchema } from '../schemas/suggestions';
import {
  CreatedShareInviteSchema, InviteAcceptSchema, PersonParamsSchema, SharedMomentPageSchema, SharedPeopleSchema, SharedPersonSchema, ShareSchema,
  ShareTermsSchema, SharingSchema, TherapistRegistrationSchema, TherapistSuggestionAnswerSchema, TherapistSuggestionCreateSchema,
  TherapistSuggestionListSchema, TherapistSuggestionSchema,
} from '../schemas/sharing';
import { SessionPrepQuerySchema, SessionPrepSchema } from '../schemas/session-prep';
import {
  CompletedQuestionnaireSchema, FhirQuestionnaireResponseSchema, QuestionnaireDetailSchema, QuestionnaireListSchema, QuestionnaireParamsSchema,
  QuestionnaireResponseCreateSchema, QuestionnaireResponseParamsSchema, QuestionnaireResultListSchema,
} from '../schemas/questionnaires';

/**
 * The one typed way between the web app (or any client) and the server. The server registers a
 * route for every entry with these schemas; the web client's calls are typed from them; the
 * OpenAPI document is generated from them.
 */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  /** false: callable without signing in. */
  auth: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** How the body travels: JSON unless it says text/csv (then `body` is the text). */
  bodyType?: 'text/csv';
  /** The answer may be this type instead of JSON (the query chooses); then it is the text, not `response`. */
  alsoAnswers?: 'text/csv' | 'application/pdf';
  status: 200 | 201 | 204;
  response: z.ZodType | null;
}

const IdParams = z.strictObject({ id: IdSchema });
const SkillParams = z.strictObject({ id: SkillIdSchema });
const Ok = z.strictObject({ ok: z.literal(true) });
/** The feed's address holds its secret: anyone with it can read planned practice times, nothing else. */
const CalendarFeedSchema = z.strictObject({ url: z.string() });

const endpoint = <const E extends Endpoint>(definition: E) => definition;

export const api = {
  health: endpoint({ method: 'GET', path: '/health', summary: 'Is the server up', auth: false, status: 200, response: HealthSchema }),

  setupStatus: endpoint({ method: 'GET', path: '/auth/setup', summary: 'Whether an owner account still has to be created', auth: false, status: 200, response: SetupStatusSchema }),
  register: endpoint({ method: 'POST', path: '/auth/register', summary: 'Create an account (the first is the owner) and sign in', auth: false, body: CredentialsSchema, status: 201, response: AccountSchema }),
  login: endpoint({ method: 'POST', path: '/auth/login', summary: 'Sign in; sets a new session cookie (ending the one sent, if any); after repeated failures answers 429 rate_limited with Retry-After', auth: false, body: CredentialsSchema, status: 200, response: AccountSchema }),
  logout: endpoint({ method: 'POST', path: '/auth/logout', summary: 'Sign out; ends the session', auth: false, status: 200, response: Ok }),
  logoutEverywhere: endpoint({ method: 'POST', path: '/auth/logout-everywhere', summary: 'End every session of the person, this one included; personal access tokens keep working (revoke them separately)', auth: true, status: 200, response: SignedOutEverywhereSchema }),
  lockApp: endpoint({ method: 'POST', path: '/auth/lock', summary: 'Lock this session now (needs an app-lock PIN set); until unlocked, signed-in endpoints answer 423 app_locked', auth: true, status: 200, response: Ok }),
  unlockApp: endpoint({ method: 'POST', path: '/auth/unlock', summary: 'Unlock a locked session with the app-lock PIN; rate limited like sign-in, and 5 wrong PINs end the session', auth: true, body: UnlockSchema, status: 200, response: AccountSchema }),
  me: endpoint({ method: 'GET', path: '/me', summary: 'The signed-in person, whether an app lock is set, and the idle sign-out that applies; 423 app_locked when this session is locked', auth: true, status: 200, response: AccountSchema }),
  changePassword: endpoint({ method: 'PUT', path: '/me/password', summary: 'Change the password (the current one again in the body); every other session ends', auth: true, body: PasswordChangeSchema, status: 200, response: Ok }),
  setAppLock: endpoint({ method: 'PUT', path: '/me/app-lock', summary: 'Set, change (pin) or remove (pin: null) the app-lock PIN for a shared device; the password again in the body', auth: true, body: AppLockUpdateSchema, status: 200, response: AppLockStatusSchema }),
  listSessions: endpoint({ method: 'GET', path: '/sessions', summary: 'Browsers signed in to the account, newest first, marking the current one', auth: true, status: 200, response: SessionListSchema }),
  endSession: endpoint({ method: 'DELETE', path: '/sessions/:id', summary: 'Sign one browser out', auth: true, params: IdParams, status: 204, response: null }),
  deleteAccount: endpoint({ method: 'DELETE', path: '/me', summary: 'Delete the account and every row of its data (password again in the body); the owner cannot while other accounts exist', auth: true, body: AccountDeleteSchema, status: 204, response: null }),

  listTokens: endpoint({ method: 'GET', path: '/tokens', summary: 'Personal access tokens', auth: true, status: 200, response: z.strictObject({ tokens: z.array(TokenSchema) }) }),
  createToken: endpoint({ method: 'POST', path: '/tokens', summary: 'Create a personal access token (shown once)', auth: true, body: TokenCreateSchema, status: 201, response: CreatedTokenSchema }),
  revokeToken: endpoint({ method: 'DELETE', path: '/tokens/:id', summary: 'Revoke a personal access token', auth: true, params: IdParams, status: 204, response: null }),

  listSkills: endpoint({ method: 'GET', path: '/skills', summary: 'The catalogue with the person\'s own skills and classifications', auth: true, status: 200, response: z.strictObject({ catalogueVersion: z.number(), skills: z.array(SkillViewSchema) }) }),
  createSkill: endpoint({ method: 'POST', path: '/skills', summary: 'Add a skill of one\'s own', auth: true, body: CustomSkillInputSchema, status: 201, response: SkillViewSchema }),
  classifySkill: endpoint({ method: 'PUT', path: '/skills/:id/classification', summary: 'Re-classify a catalogue skill (or one\'s own) for oneself', auth: true, params: SkillParams, body: ClassificationInputSchema, status: 200, response: SkillViewSchema }),
  resetClassification: endpoint({ method: 'DELETE', path: '/skills/:id/classification', summary: 'Go back to the catalogue\'s classification', auth: true, params: SkillParams, status: 200, response: SkillViewSchema }),

  listMoments: endpoint({ method: 'GET', path: '/moments', summary: 'Moments, newest first, paged', auth: true, query: MomentListQuerySchema, status: 200, response: MomentPageSchema }),
  createMoment: endpoint({ method: 'POST', path: '/moments', summary: 'Log a moment (sending the same id and fields again returns the stored moment, so a retry never makes a duplicate); crisisOffer says whether to offer crisis support now', auth: true, body: MomentCreateSchema, status: 201, response: LoggedMomentSchema }),
  getMoment: endpoint({ method: 'GET', path: '/moments/:id', summary: 'One moment', auth: true, params: IdParams, status: 200, response: MomentSchema }),
  updateMoment: endpoint({ method: 'PATCH', path: '/moments/:id', summary: 'Edit any field of a moment', auth: true, params: IdParams, body: MomentPatchSchema, status: 200, response: MomentSchema }),
  deleteMoment: endpoint({ method: 'DELETE', path: '/moments/:id', summary: 'Delete a moment', auth: true, params: IdParams, status: 204, response: null }),

  pendingFollowUps: endpoint({ method: 'GET', path: '/follow-ups/pending', summary: 'Moments waiting for a "How are you now?" answer', auth: true, status: 200, response: PendingFollowUpsSchema }),
  answerFollowUp: endpoint({ method: 'POST', path: '/moments/:id/follow-ups', summary: 'Answer "How are you now?" for a moment', auth: true, params: IdParams, body: FollowUpAnswerSchema, status: 201, response: MomentSchema }),
  skipFollowUp: endpoint({ method: 'POST', path: '/moments/:id/follow-ups/skip', summary: 'Don\'t ask about this moment again', auth: true, params: IdParams, status: 204, response: null }),

  getPreferences: endpoint({ method: 'GET', path: '/preferences', summary: 'The person\'s preferences', auth: true, status: 200, response: PreferencesSchema }),
  updatePreferences: endpoint({ method: 'PUT', path: '/preferences', summary: 'Change the person\'s preferences', auth: true, body: PreferencesUpdateSchema, status: 200, response: PreferencesSchema }),

  insights: endpoint({ method: 'GET', path: '/insights', summary: 'What the person\'s own data says: skill effects, reliance, patterns, balance, window of tolerance, wins', auth: true, query: InsightsQuerySchema, status: 200, response: InsightsSchema }),

  getSafetyPlan: endpoint({ method: 'GET', path: '/safety-plan', summary: 'The person\'s safety plan as it stands (version 0 when nothing is saved yet)', auth: true, status: 200, response: SafetyPlanSchema }),
  saveSafetyPlan: endpoint({ method: 'PUT', path: '/safety-plan', summary: 'Save the safety plan as a new version (earlier versions are kept); a stale baseVersion gets 409', auth: true, body: SafetyPlanUpdateSchema, status: 200, response: SafetyPlanSchema }),
  safetyPlanHistory: endpoint({ method: 'GET', path: '/safety-plan/history', summary: 'Every saved version of the safety plan, newest first', auth: true, status: 200, response: SafetyPlanHistorySchema }),
  crisisLines: endpoint({ method: 'GET', path: '/crisis-lines', summary: 'Crisis lines Mend ships, each with its source and when it was last checked; no sign-in needed', auth: false, query: CrisisLinesQuerySchema, status: 200, response: CrisisLinesSchema }),

  suggestions: endpoint({ method: 'GET', path: '/suggestions', summary: 'What might help now, ranked, each with the reason, from the distress level, arousal and trigger given and the person\'s own data', auth: true, query: SuggestionsQuerySchema, status: 200, response: SuggestionsSchema }),
  listPractices: endpoint({ method: 'GET', path: '/practices', summary: 'Guided practice sessions, newest first', auth: true, query: PracticeListQuerySchema, status: 200, response: PracticeListSchema }),
  getPractice: endpoint({ method: 'GET', path: '/practices/:id', summary: 'One practice session, with its answers', auth: true, params: IdParams, status: 200, response: PracticeSchema }),
  createPractice: endpoint({ method: 'POST', path: '/practices', summary: 'Record a practice session (sending the same id and fields again returns the stored one)', auth: true, body: PracticeCreateSchema, status: 201, response: PracticeSchema }),
  deletePractice: endpoint({ method: 'DELETE', path: '/practices/:id', summary: 'Delete a practice session', auth: true, params: IdParams, status: 204, response: null }),
  getPath: endpoint({ method: 'GET', path: '/path', summary: 'The healing path: chosen areas and layers, pace, the next step and the readiness check for each area', auth: true, status: 200, response: PathSchema }),
  savePath: endpoint({ method: 'PUT', path: '/path', summary: 'Choose areas, pace, plan, pause or resume; a deeper layer needs feelSafeEnough: true; a stale baseVersion gets 409', auth: true, body: PathUpdateSchema, status: 200, response: PathSchema }),
  createCalendarFeed: endpoint({ method: 'POST', path: '/path/calendar-feed', summary: 'Make (or replace) the secret address of the iCalendar feed of planned practice; shown once', auth: true, status: 201, response: CalendarFeedSchema }),
  deleteCalendarFeed: endpoint({ method: 'DELETE', path: '/path/calendar-feed', summary: 'Turn the calendar feed off; its address stops working', auth: true, status: 204, response: null }),
  progress: endpoint({ method: 'GET', path: '/progress', summary: 'Wins over time, this week so far, and milestones that never reset', auth: true, query: ProgressQuerySchema, status: 200, response: ProgressSchema }),

  listQuestionnaires: endpoint({ method: 'GET', path: '/questionnaires', summary: 'Self-checks: the built-in ones and any the practice added, each with when it was last taken and whether it is suggested again', auth: true, status: 200, response: QuestionnaireListSchema }),
  getQuestionnaire: endpoint({ method: 'GET', path: '/questionnaires/:id', summary: 'One self-check: its questions, answers, scales and composites', auth: true, params: QuestionnaireParamsSchema, status: 200, response: QuestionnaireDetailSchema }),
  createQuestionnaireResponse: endpoint({ method: 'POST', path: '/questionnaires/:id/responses', summary: 'Answers in (code by item linkId), scale and composite scores out, set beside the 30 days of log before; a missing or unknown answer is a 400 naming answers.<linkId>', auth: true, params: QuestionnaireParamsSchema, body: QuestionnaireResponseCreateSchema, status: 201, response: CompletedQuestionnaireSchema }),
  listQuestionnaireResponses: endpoint({ method: 'GET', path: '/questionnaires/:id/responses', summary: 'Every completed check of this questionnaire, newest first, and the newest set beside the log', auth: true, params: QuestionnaireParamsSchema, status: 200, response: QuestionnaireResultListSchema }),
  questionnaireResponseFhir: endpoint({ method: 'GET', path: '/questionnaires/:id/responses/:responseId/fhir', summary: 'One completed check as a FHIR R4 QuestionnaireResponse (JSON)', auth: true, params: QuestionnaireResponseParamsSchema, status: 200, response: FhirQuestionnaireResponseSchema }),
  deleteQuestionnaireResponse: endpoint({ method: 'DELETE', path: '/questionnaires/:id/responses/:responseId', summary: 'Delete a completed check', auth: true, params: QuestionnaireResponseParamsSchema, status: 204, response: null }),

  listTags: endpoint({ method: 'GET', path: '/tags', summary: 'Trigger and context tags the person has used, most used first', auth: true, status: 200, response: TagSummarySchema }),

  exportData: endpoint({ method: 'GET', path: '/export', summary: 'All of the person\'s data (export format v1); format=csv&records=moments|practices answers one CSV file instead (text/csv)', auth: true, query: ExportQuerySchema, status: 200, response: ExportDocumentSchema, alsoAnswers: 'text/csv' }),
  importData: endpoint({ method: 'POST', path: '/import', summary: 'Import an export document; idempotent by ids', auth: true, body: ExportHeaderSchema, status: 200, response: ImportResultSchema }),
  importDaylio: endpoint({ method: 'POST', path: '/import/daylio', summary: 'Import Daylio\'s CSV export (text/csv body): each row a moment, moods as distress levels (moods=rad:1,…), activities as skills of one\'s own awaiting classification; rows refused with reasons, nothing half-imported; importing again adds nothing', auth: true, query: DaylioImportQuerySchema, body: DaylioCsvSchema, bodyType: 'text/csv', status: 200, response: DaylioImportResultSchema }),

  sharing: endpoint({ method: 'GET', path: '/sharing', summary: 'Who the person shares with (therapist, what, until when) and invites not used yet', auth: true, status: 200, response: SharingSchema }),
  createShareInvite: endpoint({ method: 'POST', path: '/sharing/invites', summary: 'Invite a therapist: a one-time code and link (shown once, valid 7 days) that gives what is chosen, until the date chosen', auth: true, body: ShareTermsSchema, status: 201, response: CreatedShareInviteSchema }),
  cancelShareInvite: endpoint({ method: 'DELETE', path: '/sharing/invites/:id', summary: 'Withdraw an invite that has not been used', auth: true, params: IdParams, status: 204, response: null }),
  updateShare: endpoint({ method: 'PUT', path: '/sharing/:id', summary: 'Change what a therapist sees, or until when; effective on their next request', auth: true, params: IdParams, body: ShareTermsSchema, status: 200, response: ShareSchema }),
  revokeShare: endpoint({ method: 'DELETE', path: '/sharing/:id', summary: 'Stop sharing with a therapist; effective on their next request', auth: true, params: IdParams, status: 204, response: null }),
  listTherapistSuggestions: endpoint({ method: 'GET', path: '/therapist-suggestions', summary: 'Practices and healing areas therapists suggested, open ones first', auth: true, status: 200, response: TherapistSuggestionListSchema }),
  answerTherapistSuggestion: endpoint({ method: 'PUT', path: '/therapist-suggestions/:id', summary: 'Accept or decline a suggestion; accepting an area adds it to the path', auth: true, params: IdParams, body: TherapistSuggestionAnswerSchema, status: 200, response: TherapistSuggestionSchema }),

  registerTherapist: endpoint({ method: 'POST', path: '/auth/register-therapist', summary: 'Create a therapist account with a person\'s invite code (allowed even where sign-up is closed), accept the invite, and sign in', auth: false, body: TherapistRegistrationSchema, status: 201, response: AccountSchema }),
  acceptShareInvite: endpoint({ method: 'POST', path: '/therapist/invites', summary: 'A signed-in therapist accepts a person\'s invite code', auth: true, body: InviteAcceptSchema, status: 201, response: SharedPersonSchema }),
  sharedPeople: endpoint({ method: 'GET', path: '/therapist/people', summary: 'The people who share with this therapist now, and what each shares', auth: true, status: 200, response: SharedPeopleSchema }),
  sharedSessionPrep: endpoint({ method: 'GET', path: '/therapist/people/:personId/session-prep', summary: 'Session-prep summary for a period (needs "summary"); format=pdf answers a PDF; the read is in the person\'s audit log', auth: true, params: PersonParamsSchema, query: SessionPrepQuerySchema, status: 200, response: SessionPrepSchema, alsoAnswers: 'application/pdf' }),
  sharedInsights: endpoint({ method: 'GET', path: '/therapist/people/:personId/insights', summary: 'The person\'s insights (needs "summary"); audited', auth: true, params: PersonParamsSchema, query: InsightsQuerySchema, status: 200, response: InsightsSchema }),
  sharedMoments: endpoint({ method: 'GET', path: '/therapist/people/:personId/moments', summary: 'The person\'s moments, paged (needs "moments"; trigger text and notes only with "notes"); audited', auth: true, params: PersonParamsSchema, query: MomentListQuerySchema, status: 200, response: SharedMomentPageSchema }),
  sharedSafetyPlan: endpoint({ method: 'GET', path: '/therapist/people/:personId/safety-plan', summary: 'The person\'s safety plan (needs "safety-plan"); audited', auth: true, params: PersonParamsSchema, status: 200, response: SafetyPlanSchema }),
  sharedPractices: endpoint({ method: 'GET', path: '/therapist/people/:personId/practices', summary: 'The person\'s practice sessions and worksheets (needs "practices"); audited', auth: true, params: PersonParamsSchema, query: PracticeListQuerySchema, status: 200, response: PracticeListSchema }),
  suggestToPerson: endpoint({ method: 'POST', path: '/therapist/people/:personId/suggestions', summary: 'Suggest a skill or a healing-path area; the person accepts or declines', auth: true, params: PersonParamsSchema, body: TherapistSuggestionCreateSchema, status: 201, response: TherapistSuggestionSchema }),
  sentSuggestions: endpoint({ method: 'GET', path: '/therapist/people/:personId/suggestions', summary: 'What this therapist suggested to the person, and the answers', auth: true, params: PersonParamsSchema, status: 200, response: TherapistSuggestionListSchema }),

  auditLog: endpoint({ method: 'GET', path: '/audit-log', summary: 'What was done with the account (exports, imports, deletions, tokens, sign-ins from a new device…), newest first, paged; kept two years', auth: true, query: AuditLogQuerySchema, status: 200, response: AuditLogPageSchema }),
} as const satisfies Record<string, Endpoint>;

export type Api = typeof api;
export type EndpointName = keyof Api;

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;
type InferInput<S> = S extends z.ZodType ? z.input<S> : undefined;

export type EndpointResponse<N extends EndpointName> = Api[N]['response'] extends z.ZodType ? z.infer<Api[N]['response']> : void;
export type EndpointParams<N extends EndpointName> = Api[N] extends { params: infer P } ? Infer<P> : undefined;
export type EndpointQuery<N extends EndpointName> = Api[N] extends { query: infer Q } ? InferInput<Q> : undefined;
export type EndpointBody<N extends EndpointName> = Api[N] extends { body: infer B } ? InferInput<B> : undefined;

/** "/moments/:id" + { id: "a" } → "/moments/a" */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, key: string) => encodeURIComponent(params?.[key] ?? ''));
}

export const API_PREFIX = '/api/v1';
