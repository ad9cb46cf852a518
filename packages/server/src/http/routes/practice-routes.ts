import type { FastifyInstance } from 'fastify';
import { createPractice, deletePractice, getPractice, listPractices } from '../../services/practices';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

export function registerPracticeRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'listPractices', ({ request, query }) => listPractices(storage, signedIn(request).id, query));

  addEndpoint(app, context, 'getPractice', ({ request, params }) => getPractice(storage, signedIn(request).id, params.id));

  addEndpoint(app, context, 'createPractice', ({ request, body }) => createPractice(storage, signedIn(request).id, body, context.now()));

  addEndpoint(app, context, 'deletePractice', ({ request, params }) => deletePractice(storage, signedIn(request).id, params.id, context.now()));
}
