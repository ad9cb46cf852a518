// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { persistQueryClientRestore, persistQueryClientSave } from '@tanstack/react-query-persist-client';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { accountFixture, mockApi } from '../test/mock-api';
import '../test/render';
import { queryKeys } from './keys';
import { createQueryPersister, keepRememberedQueries, rememberOnDevice, rememberOptions, STORAGE_KEY } from './persist-queries';
import { useSignOut } from './use-session';

const me = accountFixture();
/**
 * The persist packages bring their own copy of query-core, so its QueryClient type differs from
 * react-query's by a private field; at run time they work on the same client (as the provider does).
 */
const asTheirs = (client: QueryClient) => client as unknown as Parameters<typeof persistQueryClientSave>[0]['queryClient'];
/** The sync persister writes at most once a second. */
const afterThrottle = () => new Promise((resolve) => setTimeout(resolve, 1100));

function filledClient(): QueryClient {
  const client = new QueryClient();
  client.setQueryData(queryKeys.me, me);
  client.setQueryData(queryKeys.skills, [{ id: 'box-breathing' }]);
  client.setQueryData(queryKeys.preferences, { followUpDelayMinutes: 120 });
  client.setQueryData(queryKeys.setupStatus, { needsOwner: false, registrationOpen: false });
  client.setQueryData(queryKeys.momentPages, { pages: [{ moments: [{ id: 'private' }] }] });
  client.setQueryData(queryKeys.recentMoments, [{ id: 'private' }]);
  client.setQueryData(queryKeys.insightsIn('UTC'), { asOf: 'private' });
  client.setQueryData(queryKeys.tokens, [{ name: 'private' }]);
  return client;
}

describe('what this device remembers', () => {
  it('keeps only who is signed in, skills and preferences: never moments, insights, tokens or setup state', async () => {
    const client = filledClient();
    const persister = createQueryPersister(localStorage);
    await persistQueryClientSave({ queryClient: asTheirs(client), ...rememberOptions(persister) });
    await afterThrottle();

    const saved = localStorage.getItem(STORAGE_KEY) ?? '';
    const keys = (JSON.parse(saved) as { clientState: { queries: Array<{ queryKey: unknown }>; mutations: unknown[] } }).clientState;
    expect(keys.queries.map((query) => query.queryKey)).toEqual([['me'], ['skills'], ['preferences']]);
    expect(keys.mutations).toEqual([]);
    expect(saved).not.toContain('private');

    const restored = new QueryClient();
    await persistQueryClientRestore({ queryClient: asTheirs(restored), ...rememberOptions(persister) });
    expect(restored.getQueryData(queryKeys.me)).toEqual(me);
    expect(restored.getQueryData(queryKeys.skills)).toEqual([{ id: 'box-breathing' }]);
    expect(restored.getQueryData(queryKeys.momentPages)).toBeUndefined();
  });

  it('keeps the last good answer as a success even when the latest refetch failed (the offline case)', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(queryKeys.me, me);
    await client.fetchQuery({ queryKey: queryKeys.me, queryFn: () => Promise.reject(new Error('Failed to fetch')), staleTime: 0 }).catch(() => undefined);
    expect(client.getQueryState(queryKeys.me)?.status).toBe('error');

    const persister = createQueryPersister(localStorage);
    await persistQueryClientSave({ queryClient: asTheirs(client), ...rememberOptions(persister) });
    await afterThrottle();
    const restored = new QueryClient();
    await persistQueryClientRestore({ queryClient: asTheirs(restored), ...rememberOptions(persister) });
    expect(restored.getQueryState(queryKeys.me)).toMatchObject({ status: 'success', data: me, error: null });
  });

  it('keeps remembered answers in memory when no screen watches them, so they stay in the copy', () => {
    const client = new QueryClient();
    keepRememberedQueries(client);
    expect(client.getQueryDefaults(queryKeys.skills).gcTime).toBe(Infinity);
    expect(client.getQueryDefaults(queryKeys.momentPages).gcTime).toBeUndefined();
  });

  it('does not remember that nobody is signed in (a stale sign-in screen after signing in elsewhere)', async () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.me, null);
    const persister = createQueryPersister(localStorage);
    await persistQueryClientSave({ queryClient: asTheirs(client), ...rememberOptions(persister) });
    await afterThrottle();
    expect(localStorage.getItem(STORAGE_KEY)).not.toContain('"me"');
  });

  it('restores at start without holding back a newer answer from the server', async () => {
    const earlier = filledClient();
    const persister = createQueryPersister(localStorage);
    await persistQueryClientSave({ queryClient: asTheirs(earlier), ...rememberOptions(persister) });
    await afterThrottle();

    const client = new QueryClient();
    // The server answered before the restore got to it: the restore must not put the old one back.
    client.setQueryData(queryKeys.me, { ...me, name: 'ana-now' });
    const stop = rememberOnDevice(client, persister);
    await waitFor(() => expect(client.getQueryData(queryKeys.skills)).toEqual([{ id: 'box-breathing' }]));
    expect(client.getQueryData<{ name: string }>(queryKeys.me)?.name).toBe('ana-now');
    expect(client.getQueryData(queryKeys.recentMoments)).toBeUndefined();
    stop();
  });

  it('forgets it all on sign-out, at once', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ buster: '1', timestamp: Date.now(), clientState: { queries: [], mutations: [] } }));
    mockApi({ 'POST /auth/logout': () => Response.json({ ok: true }) });
    const client = filledClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useSignOut(), { wrapper });
    await act(() => result.current.mutateAsync());
    await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).toBeNull());
    expect(client.getQueryData(queryKeys.me)).toBeNull();
    expect(client.getQueryData(queryKeys.skills)).toBeUndefined();
  });
});
