import { describe, expect, it } from 'vitest';
import { isServerUnreachable, markReachable, markUnreachable } from '../offline/reachability';
import { ApiClientError } from './client';
import { createQueryClient } from './query-client';

const away = () => Promise.reject(new ApiClientError({ status: 0, code: 'network', message: 'Mend can’t reach its server right now.' }));

describe('createQueryClient and the server’s reachability', () => {
  it('a query’s answer means reachable; a network failure or a 5xx means not; a 4xx is an answer', async () => {
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { retry: false } });
    markUnreachable();
    await client.fetchQuery({ queryKey: ['a'], queryFn: async () => 1 });
    expect(isServerUnreachable()).toBe(false);

    await client.fetchQuery({ queryKey: ['b'], queryFn: away }).catch(() => undefined);
    expect(isServerUnreachable()).toBe(true);

    await client.fetchQuery({ queryKey: ['c'], queryFn: () => Promise.reject(new ApiClientError({ status: 404, code: 'not_found', message: 'No such moment.' })) }).catch(() => undefined);
    expect(isServerUnreachable()).toBe(false);
    await client.fetchQuery({ queryKey: ['d'], queryFn: () => Promise.reject(new ApiClientError({ status: 503, code: 'http_503', message: 'Unavailable' })) }).catch(() => undefined);
    expect(isServerUnreachable()).toBe(true);
  });

  it('a mutation that succeeds says nothing: logging a moment succeeds offline too', async () => {
    const client = createQueryClient();
    markUnreachable();
    await client.getMutationCache().build(client, { mutationFn: async () => 'kept on this device' }).execute(undefined);
    expect(isServerUnreachable()).toBe(true);
    markReachable();
  });
});
