import { z } from 'zod';
import { TimeZoneSchema } from '../insights/insights-schema';

/**
 * Daylio's five moods as distress levels (0–10). Daylio records how the day felt, not a hard
 * moment, so even "awful" stops short of the top of the scale; the person can change any of them.
 */
export const DEFAULT_DAYLIO_MOODS: Readonly<Record<string, number>> = { rad: 1, good: 2, meh: 4, bad: 6, awful: 8 };

/** The columns a Daylio export must have (it has these and, in newer versions, more). */
export const DAYLIO_COLUMNS = ['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'note_title', 'note'] as const;

const MOOD_PAIR = /^\s*([^:,]+?)\s*:\s*(\d{1,2})\s*$/;

/** "rad:1,good:2" → { rad: 1, good: 2 }; names compared without case. null when it does not read. */
export function parseDaylioMoods(text: string): Record<string, number> | null {
  // No prototype: a mood named "__proto__" or "constructor" is just a name.
  const moods: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const match = MOOD_PAIR.exec(pair);
    const level = match ? Number(match[2]) : NaN;
    if (!match?.[1] || !(level >= 0 && level <= 10)) return null;
    moods[match[1].toLowerCase()] = level;
  }
  return Object.keys(moods).length ? moods : null;
}

export const DaylioImportQuerySchema = z.strictObject({
  /** Mood → distress level, e.g. "rad:1,good:2,meh:4,bad:6,awful:8" (the defaults). Moods left out keep their default. */
  moods: z
    .string()
    .max(2000, 'must be at most 2000 characters')
    .refine((text) => parseDaylioMoods(text) !== null, 'must be mood:level pairs like "rad:1,good:2,meh:4,bad:6,awful:8", each level 0–10')
    .optional(),
  /** IANA time zone the Daylio times are in, e.g. "Europe/Dublin". Default UTC. */
  timeZone: TimeZoneSchema.optional(),
});
export type DaylioImportQuery = z.input<typeof DaylioImportQuerySchema>;

/** The body: Daylio's CSV export as text (sent as text/csv). */
export const DaylioCsvSchema = z.string({ error: 'must be the CSV text of a Daylio export' });

export const DaylioImportResultSchema = z.strictObject({
  imported: z.number(),
  /** Rows whose moment is already in the account (the same file imported again). */
  alreadyThere: z.number(),
  /** Rows not imported; row is the data row's number, counting from 1 after the header. */
  refused: z.array(z.strictObject({ row: z.number(), reason: z.string() })),
  /** Activities that became new skills of the person's own, waiting to be classified. */
  skillsCreated: z.number(),
});
export type DaylioImportResult = z.infer<typeof DaylioImportResultSchema>;
