import { z } from 'zod';

export const EXPORT_FORMATS = ['json', 'csv'] as const;
/** What one CSV file holds: a spreadsheet has one kind of row, so moments and practices are two files. */
export const CSV_RECORDS = ['moments', 'practices'] as const;
export type CsvRecords = (typeof CSV_RECORDS)[number];

/** `GET /export`: JSON (format v1, the default) or one CSV file of moments or practices. */
export const ExportQuerySchema = z
  .strictObject({
    format: z.enum(EXPORT_FORMATS, { error: 'must be "json" or "csv"' }).default('json'),
    /** Only with format=csv; default moments. */
    records: z.enum(CSV_RECORDS, { error: 'must be "moments" or "practices"' }).optional(),
  })
  .superRefine((query, context) => {
    if (query.format === 'json' && query.records !== undefined) {
      context.addIssue({ code: 'custom', path: ['records'], message: 'only with format=csv: the JSON export holds everything' });
    }
  });
export type ExportQuery = z.output<typeof ExportQuerySchema>;
