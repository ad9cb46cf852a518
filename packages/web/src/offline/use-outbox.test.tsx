// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../api/keys';
import { momentFixture } from '../test/mock-api';
import { isLocked } from '../lib/device-session';
import '../test/render';
import { listEntries, outboxBody, queueMoment, removeEntry } from './outbox';
import { sendOutbox } from './outbox-sync';
import { SEND_EVERY_MS, useOutboxEntries, useOutboxRunner } from './use-outbox';

let serverUp = false;
const posted: string[] = [];
/** Whether each post carried X-Mend-Background. */
const postedInBackground: boolean[] = [];

function stubServer() {
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    if (!serverUp) throw new TypeError('Failed to fetch');
    const body = JSON.parse(String(init.body)) as { id: string };
    posted.push(body.id);
    postedInBackground.push((init.headers as Record<string, string>)['X-Mend-Background'] === '1');
    return Response.json({ ...momentFixture(body), crisisOffer: false }, { status: 201 });
  }));
}

function wrapper(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

beforeEach(async () => {
  for (const entry of await listEntries()) await removeEntry(entry.id);
  serverUp = false;
  posted.length = 0;
  postedInBackground.length = 0;
  stubServer();
});
afterEach(async () => {
  vi.useRealTimers();
  // Let a send the runner started finish against the stubbed network, before the stubs go.
  cleanup();
  await sendOutbox('u1');
});

describe('useOutboxRunner', () => {
  it('sends when the browser is back online, and refreshes what is computed from moments', async () => {
    const now = new Date();
    const { entry } = await queueMoment('u1', outboxBody({ distressBefore: 7 }, now), now);
    const client = new QueryClient();
    client.setQueryData(queryKeys.momentPages, { pages: [] });
    const { result } = renderHook(() => {
      useOutboxRunner('u1');
      return useOutboxEntries('u1');
    }, { wrapper: wrapper(client) });

    // At start: the server is away, the moment stays.
    await waitFor(() => expect(result.current?.[0]?.attempts).toBe(1));
    expect(client.getQueryState(queryKeys.momentPages)?.isInvalidated).toBe(false);

    serverUp = true;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(result.current).toEqual([]));
    expect(posted).toEqual([entry.id]);
    expect(client.getQueryState(queryKeys.momentPages)?.isInvalidated).toBe(true);
  });

  it('tries again on its own every few seconds while something waits', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const now = new Date();
    await queueMoment('u1', outboxBody({ distressBefore: 7 }, now), now);
    const { result } = renderHook(() => {
      useOutboxRunner('u1');
      return useOutboxEntries('u1');
    }, { wrapper: wrapper(new QueryClient()) });
    // Testing Library's waitFor polls with setInterval, faked here: poll with setTimeout instead.
    const until = async (check: () => boolean) => {
      for (let tries = 0; !check(); tries++) {
        if (tries > 100) throw new Error('timed out');
        await act(() => new Promise((wait) => setTimeout(wait, 10)));
      }
    };
    await until(() => result.current?.[0]?.attempts === 1);

    serverUp = true;
    await act(async () => void vi.advanceTimersByTime(SEND_EVERY_MS - 100));
    expect(posted).toEqual([]);
    await act(async () => void vi.advanceTimersByTime(100));
    await until(() => result.current?.length === 0);
    expect(posted).toHaveLength(1);
    // Sent on the timer, not on a tap: the server must not count it as use.
    expect(postedInBackground).toEqual([true]);
  });

  it('shows the lock screen when the session is locked, and keeps the moment waiting', async () => {
    const now = new Date();
    const { entry } = await queueMoment('u1', outboxBody({ distressBefore: 9 }, now), now);
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ error: { code: 'app_locked', message: 'Mend is locked.', fields: {} } }, { status: 423 })));
    const client = new QueryClient();
    client.setQueryData(queryKeys.momentPages, { pages: [] });
    renderHook(() => useOutboxRunner('u1'), { wrapper: wrapper(client) });
    await waitFor(() => expect(isLocked()).toBe(true));
    expect(client.getQueryData(queryKeys.momentPages)).toBeUndefined();
    expect(await listEntries('u1')).toEqual([{ ...entry, attempts: 1 }]);
  });

  it('sends only the signed-in person’s moments', async () => {
    serverUp = true;
    const now = new Date();
    await queueMoment('someone-else', outboxBody({ distressBefore: 3 }, now), now);
    renderHook(() => useOutboxRunner('u1'), { wrapper: wrapper(new QueryClient()) });
    await new Promise((wait) => setTimeout(wait, 50));
    expect(posted).toEqual([]);
    expect(await listEntries('someone-else')).toHaveLength(1);
  });
});
