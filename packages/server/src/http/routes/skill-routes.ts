import type { FastifyInstance } from 'fastify';
import { classifySkill, createCustomSkill, listSkillViews, resetClassification } from '../../services/skills';
import { summarizeTags } from '../../services/tags';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

export function registerSkillRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'listSkills', ({ request }) => listSkillViews(storage, signedIn(request).id));

  addEndpoint(app, context, 'createSkill', ({ request, body }) =>
    createCustomSkill(storage, signedIn(request).id, body, context.now()),
  );

  addEndpoint(app, context, 'classifySkill', ({ request, params, body }) =>
    classifySkill(storage, signedIn(request).id, params.id, body),
  );

  addEndpoint(app, context, 'resetClassification', ({ request, params }) =>
    resetClassification(storage, signedIn(request).id, params.id),
  );

  addEndpoint(app, context, 'listTags', ({ request }) => summarizeTags(storage, signedIn(request).id));
}
