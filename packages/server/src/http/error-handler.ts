import type { ApiError } from '@mend/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { describeFieldProblems, isApiProblem } from '../api-problem';
import { issuesToFields, type IssueLike } from '../services/zod-problems';

type Problem = { status: number } & ApiError['error'];

const CONTEXT_NAMES: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'headers' };

const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/**
 * The one error handler: every failure leaves as core's ApiErrorSchema body. Nothing internal
 * (stack, SQL, file paths) reaches the client; 5xx are logged here for the operator instead.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem = toProblem(error);
  if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
  const { status, ...body } = problem;
  void reply.status(status).send({ error: body });
}

export function toProblem(error: FastifyError): Problem {
  if (isApiProblem(error)) {
    return { status: error.statusCode, code: error.code, message: error.message, fields: error.fields, ...(error.current && { current: error.current }) };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const whole = CONTEXT_NAMES[error.validationContext ?? 'body'] ?? 'body';
    const issues: IssueLike[] = error.validation.map((entry) => ({
      code: entry.keyword,
      path: entry.instancePath.split('/').filter((part) => part !== ''),
      message: entry.message ?? 'is not valid',
      keys: entry.params.keys as string[] | undefined,
      expected: entry.params.expected as string | undefined,
    }));
    const fields = issuesToFields(issues, whole);
    return { status: 400, code: 'invalid_input', message: describeFieldProblems(fields), fields };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'malformed_json', message: 'The body is not valid JSON.', fields: { body: 'is not valid JSON' } };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'too_large', message: 'The request is too large for Mend to accept.', fields: { body: 'is too large' } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: 'unsupported_media_type',
        message: 'Send the body as JSON with the header "Content-Type: application/json".',
        fields: { body: 'must be sent as application/json' },
      };
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    return { status, code: 'rate_limited', message: 'Too many attempts in a short time. Wait a minute, then try again.', fields: {} };
  }
  if (status >= 400 && status < 500) {
    return { status, code: STATUS_CODES[status] ?? 'bad_request', message: error.message, fields: {} };
  }
  return {
    status: 500,
    code: 'internal',
    message: 'Something went wrong on the server. Your last change may not have been saved; please try again.',
    fields: {},
  };
}
