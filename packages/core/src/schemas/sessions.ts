import { z } from 'zod';
import { MeSchema, PasswordSchema } from './account';
import { IdSchema, TimestampSchema } from './moment';

/** Choices for signing out after a time without use; null: never (unless the operator sets a limit). */
export const IDLE_SIGN_OUT_CHOICES = [15, 60, 240, 1440] as const;

export const IdleSignOutSchema = z
  .literal(IDLE_SIGN_OUT_CHOICES, { error: `must be one of ${IDLE_SIGN_OUT_CHOICES.join(', ')} (minutes) or null` })
  .nullable();

/** A browser signed in to the account. `device` is a short label from a fixed list ("Firefox on Linux"), never the raw header. */
export const SessionSchema = z.strictObject({
  id: IdSchema,
  device: z.string(),
  createdAt: TimestampSchema,
  /** Written at most about once a minute. */
  lastSeenAt: TimestampSchema,
  /** The session this request came with. */
  current: z.boolean(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SessionListSchema = z.strictObject({ sessions: z.array(SessionSchema) });
export type SessionList = z.infer<typeof SessionListSchema>;

/** Answer to "sign out everywhere": how many sessions ended. Personal access tokens keep working. */
export const SignedOutEverywhereSchema = z.strictObject({ ok: z.literal(true), endedSessions: z.number().int() });

export const DEFAULT_LOCK_AFTER_MINUTES = 5;

export const AppLockStatusSchema = z.strictObject({
  enabled: z.boolean(),
  /** Minutes without use before a session locks (the default when no PIN is set). */
  lockAfterMinutes: z.number().int(),
});
export type AppLockStatus = z.infer<typeof AppLockStatusSchema>;

const PinSchema = z.string({ error: 'must be 4 to 8 digits' }).regex(/^\d{4,8}$/, 'must be 4 to 8 digits');

/** Setting, changing (pin) or removing (pin: null) the app lock asks for the password again. */
export const AppLockUpdateSchema = z.strictObject({
  password: z.string({ error: 'must be your password' }).min(1, 'must not be empty').max(256, 'must be at most 256 characters'),
  pin: PinSchema.nullable(),
  lockAfterMinutes: z
    .number({ error: 'must be a whole number of minutes from 1 to 240' })
    .int('must be a whole number of minutes from 1 to 240')
    .min(1, 'must be a whole number of minutes from 1 to 240')
    .max(240, 'must be a whole number of minutes from 1 to 240')
    .default(DEFAULT_LOCK_AFTER_MINUTES),
});
export type AppLockUpdate = z.input<typeof AppLockUpdateSchema>;

export const UnlockSchema = z.strictObject({ pin: PinSchema });
export type Unlock = z.infer<typeof UnlockSchema>;

export const PasswordChangeSchema = z.strictObject({
  currentPassword: z.string({ error: 'must be your current password' }).min(1, 'must not be empty').max(256, 'must be at most 256 characters'),
  newPassword: PasswordSchema,
});
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

/**
 * What sign-in, registration and GET /me answer: the person, whether an app lock is set, and
 * the idle sign-out that applies (the person's choice within the operator's limit; null: off).
 */
export const AccountSchema = MeSchema.extend({
  appLock: AppLockStatusSchema,
  idleSignOutMinutes: z.number().int().nullable(),
});
export type Account = z.infer<typeof AccountSchema>;
