import type { FastifyInstance } from 'fastify';
import {
  createQuestionnaireResponse, deleteQuestionnaireResponse, getQuestionnaire, listQuestionnaireResponses, listQuestionnaires,
  questionnaireResponseFhir,
} from '../../services/questionnaires';
import type { AppContext } from '../app-context';
import { addEndpoint, signedIn } from './endpoint';

export function registerQuestionnaireRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  addEndpoint(app, context, 'listQuestionnaires', ({ request }) => listQuestionnaires(storage, signedIn(request).id, context.now()));

  addEndpoint(app, context, 'getQuestionnaire', ({ request, params }) => getQuestionnaire(storage, signedIn(request).id, params.id, context.now()));

  addEndpoint(app, context, 'createQuestionnaireResponse', ({ request, params, body }) =>
    createQuestionnaireResponse(storage, signedIn(request).id, params.id, body, context.now(), request.skillFilingsVersion));

  addEndpoint(app, context, 'listQuestionnaireResponses', ({ request, params }) =>
    listQuestionnaireResponses(storage, signedIn(request).id, params.id, request.skillFilingsVersion));

  addEndpoint(app, context, 'questionnaireResponseFhir', ({ request, params }) =>
    questionnaireResponseFhir(storage, signedIn(request).id, params.id, params.responseId));

  addEndpoint(app, context, 'deleteQuestionnaireResponse', ({ request, params }) =>
    deleteQuestionnaireResponse(storage, signedIn(request).id, params.id, params.responseId));
}
