import type { FastifyInstance } from 'fastify';
import { listAuditLog } from '../../services/audit-log';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

export function registerAuditRoutes(app: FastifyInstance, context: AppContext): void {
  addEndpoint(app, context, 'auditLog', async ({ request, reply, query }) => {
    // Who did what with the account: never kept by a shared cache.
    void reply.header('cache-control', 'no-store');
    return listAuditLog(context.storage.db, signedIn(request).id, query);
  });
}
