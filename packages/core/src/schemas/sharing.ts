import { z } from 'zod';
import { AccountNameSchema, PasswordSchema } from './account';
import { IdSchema, MomentSchema, TimestampSchema } from './moment';
import { SkillIdSchema } from './skill';

/**
 * What a person can share with a therapist. Each is a separate choice:
 * - `summary`: the session-prep summary and the insights (numbers, skills, tags; no free text);
 * - `moments`: the moments themselves, without what the person wrote (trigger text and note);
 * - `notes`: the trigger text and note too (needs `moments`);
 * - `safety-plan`: the safety plan as it stands;
 * - `practices`: guided practice sessions and worksheet answers.
 */
export const SHARE_SCOPES = ['summary', 'moments', 'notes', 'safety-plan', 'practices'] as const;
export const ShareScopeSchema = z.enum(SHARE_SCOPES, { error: `must be one of ${SHARE_SCOPES.join(', ')}` });
export type ShareScope = z.infer<typeof ShareScopeSchema>;

/** The longest a share can run before the person renews it: a year. */
export const MAX_SHARE_DAYS = 366;
/** An invite code works once, for this long. */
export const INVITE_VALID_DAYS = 7;

export const ShareScopesSchema = z
  .array(ShareScopeSchema, { error: `must be a list of what to share (${SHARE_SCOPES.join(', ')})` })
  .min(1, 'must name at least one thing to share')
  .refine((scopes) => new Set(scopes).size === scopes.length, 'must not name the same thing twice')
  .refine((scopes) => !scopes.includes('notes') || scopes.includes('moments'), 'must include "moments" when "notes" is shared');

/** What is shared and until when; "until" must be in the future and at most MAX_SHARE_DAYS ahead (checked against the server's clock). */
export const ShareTermsSchema = z.strictObject({
  scopes: ShareScopesSchema,
  until: TimestampSchema,
});
export type ShareTerms = z.infer<typeof ShareTermsSchema>;

export const ShareInviteSchema = z.strictObject({
  id: IdSchema,
  scopes: z.array(ShareScopeSchema),
  until: TimestampSchema,
  createdAt: TimestampSchema,
  /** When the code stops working if no therapist has used it. */
  expiresAt: TimestampSchema,
});
export type ShareInvite = z.infer<typeof ShareInviteSchema>;

/** Only returned once, when the invite is made: the code (and the link holding it) is the secret. */
export const CreatedShareInviteSchema = ShareInviteSchema.extend({ code: z.string(), url: z.string() });
export type CreatedShareInvite = z.infer<typeof CreatedShareInviteSchema>;

export const AccountRefSchema = z.strictObject({ id: IdSchema, name: z.string() });
export type AccountRef = z.infer<typeof AccountRefSchema>;

/** A share as the person sees it. */
export const ShareSchema = z.strictObject({
  id: IdSchema,
  therapist: AccountRefSchema,
  scopes: z.array(ShareScopeSchema),
  until: TimestampSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Share = z.infer<typeof ShareSchema>;

/** The person's sharing: live shares and invites not used yet (ended shares are in the audit log). */
export const SharingSchema = z.strictObject({
  shares: z.array(ShareSchema),
  invites: z.array(ShareInviteSchema),
});
export type Sharing = z.infer<typeof SharingSchema>;

const InviteCodeSchema = z
  .string({ error: 'must be the invite code' })
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

export const InviteAcceptSchema = z.strictObject({ code: InviteCodeSchema });
export type InviteAccept = z.infer<typeof InviteAcceptSchema>;

/** A therapist's own account, made with a person's invite (the invite is the permission, even where sign-up is closed). */
export const TherapistRegistrationSchema = z.strictObject({
  name: AccountNameSchema,
  password: PasswordSchema,
  code: InviteCodeSchema,
});
export type TherapistRegistration = z.infer<typeof TherapistRegistrationSchema>;

/** A person as their therapist sees them in the list. */
export const SharedPersonSchema = z.strictObject({
  personId: IdSchema,
  name: z.string(),
  scopes: z.array(ShareScopeSchema),
  until: TimestampSchema,
  sharedSince: TimestampSchema,
  /** Suggestions from this therapist the person has not answered yet. */
  openSuggestions: z.number().int(),
});
export type SharedPerson = z.infer<typeof SharedPersonSchema>;

export const SharedPeopleSchema = z.strictObject({ people: z.array(SharedPersonSchema) });
export type SharedPeople = z.infer<typeof SharedPeopleSchema>;

export const PersonParamsSchema = z.strictObject({ personId: IdSchema });

/** A moment as a therapist reads it: trigger and note are null unless notes are shared. */
export const SharedMomentPageSchema = z.strictObject({
  moments: z.array(MomentSchema),
  nextCursor: z.string().nullable(),
  notesShared: z.boolean(),
});
export type SharedMomentPage = z.infer<typeof SharedMomentPageSchema>;

export const SUGGESTION_KINDS = ['skill', 'area'] as const;
export const SUGGESTION_STATUSES = ['open', 'accepted', 'declined'] as const;
export const MAX_SUGGESTION_MESSAGE = 500;

/** A therapist suggests a skill to practise or a healing-path area to work on. */
export const TherapistSuggestionCreateSchema = z.strictObject({
  kind: z.enum(SUGGESTION_KINDS, { error: 'must be "skill" or "area"' }),
  /** A skill id for kind "skill" (the catalogue's or the person's own), a healing area id for kind "area". */
  targetId: SkillIdSchema,
  message: z
    .string({ error: 'must be text' })
    .trim()
    .max(MAX_SUGGESTION_MESSAGE, `must be at most ${MAX_SUGGESTION_MESSAGE} characters`)
    .nullable()
    .default(null),
});
export type TherapistSuggestionCreate = z.input<typeof TherapistSuggestionCreateSchema>;

export const TherapistSuggestionSchema = z.strictObject({
  id: IdSchema,
  /** Who suggested it (seen by the person) — or, seen by the therapist, who it was for. */
  therapist: AccountRefSchema,
  person: AccountRefSchema,
  kind: z.enum(SUGGESTION_KINDS),
  targetId: SkillIdSchema,
  message: z.string().nullable(),
  status: z.enum(SUGGESTION_STATUSES),
  createdAt: TimestampSchema,
  answeredAt: TimestampSchema.nullable(),
});
export type TherapistSuggestion = z.infer<typeof TherapistSuggestionSchema>;

export const TherapistSuggestionListSchema = z.strictObject({ suggestions: z.array(TherapistSuggestionSchema) });

/** Accepting an area adds it to the person's path (at its gentlest layer); accepting a skill keeps it in the list to try. Declining is always fine. */
export const TherapistSuggestionAnswerSchema = z.strictObject({
  answer: z.enum(['accepted', 'declined'], { error: 'must be "accepted" or "declined"' }),
});
export type TherapistSuggestionAnswer = z.infer<typeof TherapistSuggestionAnswerSchema>;
