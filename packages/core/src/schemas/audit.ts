import { z } from 'zod';
import { IdSchema, MomentListQuerySchema, TimestampSchema } from './moment';

/**
 * What the audit log records: things done with the account that a person would want to be able
 * to check afterwards (who took my data out, what came in, what was removed, who got a key).
 * `therapist-read`: a therapist read something the person shares (what, and the therapist's account name).
 */
export const AUDIT_EVENT_KINDS = [
  'export',
  'import',
  'import-daylio',
  'moment-deleted',
  'practice-deleted',
  'token-created',
  'token-revoked',
  'sign-in-new-device',
  'signed-out-everywhere',
  'password-changed',
  'app-lock-changed',
  'idle-sign-out-changed',
  'session-ended',
  'signed-out-wrong-pin',
  'calendar-feed-created',
  'calendar-feed-deleted',
  'therapist-read',
  'share-invite-created',
  'share-invite-cancelled',
  'share-started',
  'share-changed',
  'share-revoked',
  'therapist-suggestion-answered',
] as const;
export const AuditEventKindSchema = z.enum(AUDIT_EVENT_KINDS);
export type AuditEventKind = z.infer<typeof AuditEventKindSchema>;

/**
 * Plain facts about the event (a format, counts, ids, a token's own label). Never text the
 * person wrote about themselves: no notes, triggers or skill names.
 */
export const AuditDetailSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type AuditDetail = z.infer<typeof AuditDetailSchema>;

export const AuditEventSchema = z.strictObject({
  id: IdSchema,
  at: TimestampSchema,
  kind: AuditEventKindSchema,
  detail: AuditDetailSchema,
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

/** Paged like moments: the same limit and the same kind of cursor. */
export const AuditLogQuerySchema = MomentListQuerySchema.pick({ limit: true, cursor: true });
export type AuditLogQuery = z.infer<typeof AuditLogQuerySchema>;

/** Newest first; `nextCursor` is null on the last page. */
export const AuditLogPageSchema = z.strictObject({
  events: z.array(AuditEventSchema),
  nextCursor: z.string().nullable(),
});
export type AuditLogPage = z.infer<typeof AuditLogPageSchema>;

/** Events older than this are pruned (on write): long enough to look back on, not kept forever. */
export const AUDIT_RETENTION_DAYS = 730;
