import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { ServerConfig } from '../config';
import { prepareDummyHash } from '../services/passwords';
import type { Storage } from '../storage/open-storage';
import type { AppContext } from './app-context';
import { useJsonBodies } from './body-parsing';
import { answerClientError } from './client-errors';
import { handleError } from './error-handler';
import { addOpenApiRoute, registerOpenApi } from './openapi';
import { rateLimitOptions } from './rate-limits';
import { serializeResponse } from './response-serializer';
import { checkSameOrigin } from './cross-site-guard';
import { checkJsonBody } from './json-body-guard';
import { requestForLog } from './log-redaction';
import { registerAccountRoutes } from './routes/account-routes';
import { registerAppLockRoutes } from './routes/app-lock-routes';
import { registerAuditRoutes } from './routes/audit-routes';
import { registerAuthRoutes } from './routes/auth-routes';
import { registerCalendarRoutes } from './routes/calendar-routes';
import { registerDataRoutes } from './routes/data-routes';
import { registerFollowUpRoutes } from './routes/follow-up-routes';
import { registerHealthRoutes } from './routes/health-routes';
import { registerInsightsRoutes } from './routes/insights-routes';
import { registerMomentRoutes } from './routes/moment-routes';
import { registerPathRoutes } from './routes/path-routes';
import { registerPracticeRoutes } from './routes/practice-routes';
import { registerQuestionnaireRoutes } from './routes/questionnaire-routes';
import { registerSafetyRoutes } from './routes/safety-routes';
import { registerSessionRoutes } from './routes/session-routes';
import { registerSharingRoutes } from './routes/sharing-routes';
import { registerSkillRoutes } from './routes/skill-routes';
import { registerTherapistRoutes } from './routes/therapist-routes';
import { registerTokenRoutes } from './routes/token-routes';
import { addSecurityHeaders } from './security-headers';
import { holdAnswersUntilCommitted } from './committed-answers';
import { registerWebApp } from './web-app';

/** Moments and settings are small; the import route raises its own limit. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** The whole HTTP app, not yet listening: tests and the CLI start it with startServer. */
export async function buildApp(storage: Storage, config: ServerConfig, options: { now?: () => Date } = {}): Promise<FastifyInstance> {
  const context: AppContext = { storage, config, now: options.now ?? (() => new Date()) };
  void prepareDummyHash();
  const app = Fastify({
    logger: { level: config.logLevel, serializers: { req: requestForLog } },
    bodyLimit: DEFAULT_BODY_LIMIT,
    // Only an operator who knows there is a proxy in front should make X-Forwarded-* trusted.
    trustProxy: config.trustProxy ?? false,
    return503OnClosing: true,
    // A path Fastify cannot decode (a bad %-escape) is answered before any route: in our shape too.
    frameworkErrors: handleError,
    clientErrorHandler: answerClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializeResponse);
  app.setErrorHandler(handleError);
  app.decorateRequest('me', null);
  app.decorateRequest('session', null);
  app.decorateRequest('skillFilingsVersion', undefined);
  useJsonBodies(app);

  await app.register(fastifyCookie);
  addSecurityHeaders(app, config);
  if (config.rateLimit) await app.register(fastifyRateLimit, rateLimitOptions);
  await registerOpenApi(app);

  holdAnswersUntilCommitted(app, storage);
  app.addHook('onRequest', async (request) => {
    checkSameOrigin(request);
    checkJsonBody(request);
  });
  app.addHook('onSend', async (request, reply) => {
    // Answers hold personal data: no shared cache may keep them.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });

  registerHealthRoutes(app, context);
  registerAuthRoutes(app, context);
  registerSessionRoutes(app, context);
  registerAppLockRoutes(app, context);
  registerAccountRoutes(app, context);
  registerTokenRoutes(app, context);
  registerSkillRoutes(app, context);
  registerMomentRoutes(app, context);
  registerFollowUpRoutes(app, context);
  registerInsightsRoutes(app, context);
  registerSafetyRoutes(app, context);
  registerPracticeRoutes(app, context);
  registerQuestionnaireRoutes(app, context);
  registerPathRoutes(app, context);
  registerCalendarRoutes(app, context);
  registerDataRoutes(app, context);
  registerAuditRoutes(app, context);
  registerSharingRoutes(app, context);
  registerTherapistRoutes(app, context);
  addOpenApiRoute(app);
  await registerWebApp(app, config);
  return app;
}
