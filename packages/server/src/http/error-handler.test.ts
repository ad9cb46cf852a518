import type { FastifyError } from 'fastify';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api-problem';
import { toProblem } from './error-handler';

const fastifyError = (fields: Partial<FastifyError>) => Object.assign(new Error(fields.message ?? 'x'), fields) as FastifyError;

describe('toProblem', () => {
  it('passes an ApiProblem through', () => {
    const problem = new ApiProblem(409, 'conflict', 'Taken.', { id: 'is taken' });
    expect(toProblem(problem as unknown as FastifyError)).toEqual({ status: 409, code: 'conflict', message: 'Taken.', fields: { id: 'is taken' } });
  });

  it('hides anything unexpected behind a generic 500', () => {
    const problem = toProblem(new TypeError("Cannot read properties of undefined (reading 'id') at moments.ts:12") as FastifyError);
    expect(problem.status).toBe(500);
    expect(problem.code).toBe('internal');
    expect(problem.message).not.toContain('moments.ts');
  });

  it('maps fastify body errors to stable codes', () => {
    expect(toProblem(fastifyError({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 })).code).toBe('too_large');
    expect(toProblem(fastifyError({ code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 })).code).toBe('malformed_json');
    expect(toProblem(fastifyError({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 })).code).toBe('unsupported_media_type');
    expect(toProblem(fastifyError({ code: 'FST_ERR_SOMETHING', statusCode: 405 })).code).toBe('method_not_allowed');
  });
});
