import { z } from 'zod';
import { IdSchema, TimestampSchema } from './moment';

export const AccountNameSchema = z
  .string({ error: 'must be a name' })
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[\p{L}\p{M}\p{N}._-]+$/u, 'must be letters, digits, ".", "_" or "-" (no spaces)');

export const PasswordSchema = z
  .string({ error: 'must be a password' })
  .min(8, 'must be at least 8 characters')
  .max(256, 'must be at most 256 characters');

export const CredentialsSchema = z.strictObject({
  name: AccountNameSchema,
  password: PasswordSchema,
});
export type Credentials = z.infer<typeof CredentialsSchema>;

/** Deleting an account asks for its password again, whatever the session: a left-open browser is not enough. */
export const AccountDeleteSchema = z.strictObject({
  password: z.string({ error: 'must be your password' }).min(1, 'must not be empty').max(256, 'must be at most 256 characters'),
});
export type AccountDelete = z.infer<typeof AccountDeleteSchema>;

/** A therapist's account reads only what people share with it (see schemas/sharing.ts). */
export const RoleSchema = z.enum(['owner', 'person', 'therapist']);
export type Role = z.infer<typeof RoleSchema>;

export const MeSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  role: RoleSchema,
  createdAt: TimestampSchema,
});
export type Me = z.infer<typeof MeSchema>;

/** What the first screen needs to know before anyone signs in. */
export const SetupStatusSchema = z.strictObject({
  needsOwner: z.boolean(),
  registrationOpen: z.boolean(),
});
export type SetupStatus = z.infer<typeof SetupStatusSchema>;

/**
 * What a personal access token may be allowed to do. A token carries one or more scopes; a
 * session (the person in their browser) may do everything. Which endpoint needs which:
 * `ENDPOINT_SCOPES` in api/token-scopes.ts.
 */
export const TOKEN_SCOPES = ['read', 'write', 'export', 'import'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const TokenScopesSchema = z
  .array(z.enum(TOKEN_SCOPES, { error: `must be one of ${TOKEN_SCOPES.join(', ')}` }), { error: `must be a list of scopes (${TOKEN_SCOPES.join(', ')})` })
  .min(1, 'must name at least one scope')
  .refine((scopes) => new Set(scopes).size === scopes.length, 'must not name a scope twice');

export const TokenCreateSchema = z.strictObject({
  name: z.string({ error: 'must be a name' }).trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  /** What the token may do; a session can do everything, a token only this. */
  scopes: TokenScopesSchema,
});
export type TokenCreate = z.infer<typeof TokenCreateSchema>;

export const TokenSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  scopes: z.array(z.enum(TOKEN_SCOPES)),
  createdAt: TimestampSchema,
  lastUsedAt: TimestampSchema.nullable(),
});
export type Token = z.infer<typeof TokenSchema>;

/** Only returned once, when the token is created. */
export const CreatedTokenSchema = TokenSchema.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof CreatedTokenSchema>;

export const HealthSchema = z.strictObject({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
});
