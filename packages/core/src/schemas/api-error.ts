import { z } from 'zod';

/** Every 4xx/5xx body: a stable code, a plain-words message, and field → problem. */
export const ApiErrorSchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()),
    /** Only on a 409 for a stale edit, where cheap: the record as it is now, with its version. */
    current: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
