// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from '../api/persist-queries';
import { accountFixture, mockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';

afterEach(() => vi.useRealTimers());

/** Timers that also run with real time (so Testing Library's waiting works) and can be jumped ahead. */
const fakeClock = () => vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });

function server(account: ReturnType<typeof accountFixture>) {
  return mockApi({
    'GET /me': account,
    'GET /auth/setup': { needsOwner: false, registrationOpen: false },
    'GET /follow-ups/pending': { delayMinutes: 120, pending: [] },
    'GET /skills': { catalogueVersion: 1, skills: [] },
    'GET /moments': { moments: [], nextCursor: null },
    'POST /auth/logout': { ok: true },
    'POST /auth/lock': { ok: true },
  });
}

describe('IdleGuard', () => {
  it('signs out after the chosen time without input, tells the server, and says why', async () => {
    const { calls } = server(accountFixture({ idleSignOutMinutes: 15 }));
    fakeClock();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' });
    localStorage.setItem(STORAGE_KEY, '{"remembered":true}');
    await act(async () => vi.advanceTimersByTimeAsync(14 * 60_000));
    expect(screen.queryByRole('heading', { level: 1, name: 'Welcome back' })).toBeNull();
    await act(async () => vi.advanceTimersByTimeAsync(2 * 60_000));
    vi.useRealTimers();

    const heading = await screen.findByRole('heading', { level: 1, name: 'Welcome back' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/You were signed out after a while without use/)).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST' && call.path === '/auth/logout')).toBe(true);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('lets the server know of input on help too, which sits outside the sign-in gate', async () => {
    const { calls } = server(accountFixture({ idleSignOutMinutes: 15 }));
    fakeClock();
    renderApp('/help');
    await screen.findByRole('heading', { level: 1, name: /carry this alone/ });
    await waitFor(() => expect(calls.filter((call) => call.path === '/me')).toHaveLength(1));
    await act(async () => vi.advanceTimersByTimeAsync(61_000));
    act(() => void window.dispatchEvent(new Event('pointerdown')));
    vi.useRealTimers();
    await waitFor(() => expect(calls.filter((call) => call.path === '/me')).toHaveLength(2));
    // Real input, so not marked as background: the server counts it as use.
    expect(calls.filter((call) => call.path === '/me').every((call) => !call.background)).toBe(true);
  });

  it('locks after the app lock’s time without input', async () => {
    const { calls } = server(accountFixture({ appLock: { enabled: true, lockAfterMinutes: 5 } }));
    fakeClock();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' });
    await act(async () => vi.advanceTimersByTimeAsync(6 * 60_000));
    vi.useRealTimers();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Mend is locked' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(calls.some((call) => call.path === '/auth/lock')).toBe(true);
  });
});
