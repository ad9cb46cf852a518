import type { FastifyInstance } from 'fastify';
import { getPath, savePath } from '../../services/path';
import { progressFor } from '../../services/progress';
import { suggestionsFor } from '../../services/suggestions';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

/** The healing path, what might help now, and progress: the parts of moving from coping to healing. */
export function registerPathRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'getPath', ({ request }) => getPath(storage, signedIn(request).id, context.now()));

  addEndpoint(app, context, 'savePath', ({ request, body }) => savePath(storage, signedIn(request).id, body, context.now()));

  addEndpoint(app, context, 'suggestions', ({ request, query }) => suggestionsFor(storage, signedIn(request).id, query, context.now()));

  addEndpoint(app, context, 'progress', ({ request, query }) => progressFor(storage, signedIn(request).id, query, context.now()));
}
