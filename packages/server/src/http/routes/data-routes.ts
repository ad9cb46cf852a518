import type { FastifyInstance } from 'fastify';
import { exportCsv } from '../../services/csv-export';
import { exportAccount } from '../../services/export';
import { importDaylio } from '../../services/daylio-import';
import { importAccount } from '../../services/import';
import { isoDay } from '../../services/times';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

/** A year of moments is a few MB; leave plenty of room without accepting anything. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

/** Years of daily Daylio entries are well under a megabyte. */
export const DAYLIO_BODY_LIMIT = 5 * 1024 * 1024;

export function registerDataRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'exportData', async ({ request, reply, query }) => {
    const now = context.now();
    // Personal data: never kept by a shared cache.
    void reply.header('cache-control', 'no-store');
    if (query.format === 'csv') {
      const records = query.records ?? 'moments';
      const csv = await exportCsv(storage, signedIn(request).id, records, now);
      void reply.header('content-disposition', `attachment; filename="mend-${records}-${isoDay(now)}.csv"`);
      // A string with a non-JSON type goes out as it is, past the JSON serializer.
      void reply.type('text/csv; charset=utf-8');
      return csv;
    }
    void reply.header('content-disposition', `attachment; filename="mend-export-${isoDay(now)}.json"`);
    return exportAccount(storage, signedIn(request).id, now);
  });

  addEndpoint(
    app,
    context,
    'importData',
    ({ request, body }) => importAccount(storage, signedIn(request).id, body, context.now()),
    { bodyLimit: IMPORT_BODY_LIMIT },
  );

  // Its own context, so text/csv is read only here; everywhere else stays JSON only.
  void app.register(async (scoped) => {
    scoped.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: DAYLIO_BODY_LIMIT }, (_request, body, done) => {
      done(null, typeof body === 'string' ? body : body.toString('utf8'));
    });
    addEndpoint(
      scoped,
      context,
      'importDaylio',
      ({ request, body, query }) => importDaylio(storage, signedIn(request).id, body, query, context.now()),
      { bodyLimit: DAYLIO_BODY_LIMIT },
    );
  });
}
