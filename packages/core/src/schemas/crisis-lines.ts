import { z } from 'zod';

export const CountryCodeSchema = z
  .string({ error: 'must be a two-letter country code like "GB"' })
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code in capitals, like "GB"');

export const CrisisLineSchema = z.strictObject({
  name: z.string(),
  description: z.string(),
  call: z.string().nullable(),
  text: z.strictObject({ number: z.string(), body: z.string().optional(), label: z.string().optional() }).nullable(),
  chatUrl: z.string().nullable(),
  hours: z.string(),
  source: z.string(),
  lastChecked: z.iso.date(),
  confirmed: z.boolean(),
});

export const CountryHelpSchema = z.strictObject({
  country: CountryCodeSchema,
  countryName: z.string(),
  emergency: z.array(z.string()),
  lines: z.array(CrisisLineSchema),
});

export const CrisisLinesQuerySchema = z.strictObject({
  /** Case does not matter here: "gb" and "GB" both work. */
  country: z.string().trim().toUpperCase().pipe(CountryCodeSchema).optional(),
});

/** Every country Mend has checked lines for, or just the one asked for (none when Mend has none for it). */
export const CrisisLinesSchema = z.strictObject({
  countries: z.array(CountryHelpSchema),
  elsewhere: z.strictObject({
    title: z.string(),
    steps: z.array(z.string()),
    directoryName: z.string(),
    directoryUrl: z.string(),
  }),
});
export type CrisisLines = z.infer<typeof CrisisLinesSchema>;
