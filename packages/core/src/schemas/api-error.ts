import { z } from 'zod';

/** Every 4xx/5xx body: a stable code, a plain-words message, and field → problem. */
export const ApiErrorSchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
