import type { FastifyInstance } from 'fastify';
import { createMoment, deleteMoment, getMoment, listMoments, updateMoment } from '../../services/moments';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

export function registerMomentRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'listMoments', ({ request, query }) => listMoments(storage, signedIn(request).id, query));

  addEndpoint(app, context, 'createMoment', ({ request, body }) =>
    createMoment(storage, signedIn(request).id, body, context.now(), request.skillFilingsVersion),
  );

  addEndpoint(app, context, 'getMoment', ({ request, params }) => getMoment(storage, signedIn(request).id, params.id));

  addEndpoint(app, context, 'updateMoment', ({ request, params, body }) =>
    updateMoment(storage, signedIn(request).id, params.id, body, context.now()),
  );

  addEndpoint(app, context, 'deleteMoment', ({ request, params }) => deleteMoment(storage, signedIn(request).id, params.id, context.now()));
}
