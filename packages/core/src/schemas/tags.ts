import { z } from 'zod';

const TagCountSchema = z.strictObject({ tag: z.string(), count: z.number().int() });

export const TagSummarySchema = z.strictObject({
  triggerTags: z.array(TagCountSchema),
  contextTags: z.array(TagCountSchema),
});
export type TagSummary = z.infer<typeof TagSummarySchema>;
