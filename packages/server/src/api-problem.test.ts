import { describe, expect, it } from 'vitest';
import { ApiProblem, describeFieldProblems, invalidFields } from './api-problem';

describe('ApiProblem', () => {
  it('carries a status, a stable code and field problems', () => {
    const problem = invalidFields({ distressBefore: 'must be a whole number from 0 to 10' });
    expect(problem).toBeInstanceOf(Error);
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({ name: 'ApiProblem', statusCode: 400, code: 'invalid_input' });
    expect(problem.message).toBe('distressBefore: must be a whole number from 0 to 10');
  });

  it('names at most five fields in the message', () => {
    const fields = Object.fromEntries(Array.from({ length: 7 }, (_, index) => [`moments.${index}.id`, 'appears more than once in this file']));
    const message = describeFieldProblems(fields);
    expect(message).toContain('moments.4.id');
    expect(message).not.toContain('moments.5.id');
    expect(message).toMatch(/\(and 2 more\)$/);
  });
});
