import type { FastifyInstance } from 'fastify';
import { insightsFor } from '../../services/insights';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

export function registerInsightsRoutes(app: FastifyInstance, context: AppContext): void {
  addEndpoint(app, context, 'insights', ({ request, query }) =>
    insightsFor(context.storage, signedIn(request).id, query, context.now(), request.skillFilingsVersion),
  );
}
