// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { endSessionOnDevice } from '../api/end-session';
import { STORAGE_KEY } from '../api/persist-queries';
import { accountFixture, mockApi, skillFixture } from '../test/mock-api';
import { renderApp } from '../test/render-app';

const me = accountFixture({ appLock: { enabled: true, lockAfterMinutes: 5 } });
const problem = (status: number, code: string, message: string, fields: Record<string, string> = {}) =>
  Response.json({ error: { code, message, fields } }, { status });
const locked = () => problem(423, 'app_locked', 'Mend is locked on this device. Enter your PIN to carry on.');

/** A session the server holds locked until the right PIN: every signed-in endpoint answers 423 meanwhile. */
function lockedServer({ pin = '2468', wrongBeforeSignOut = 5 } = {}) {
  let isLocked = true;
  let wrong = 0;
  const whenOpen = (answer: unknown) => () => (isLocked ? locked() : answer);
  return mockApi({
    'GET /me': whenOpen(me),
    'GET /auth/setup': { needsOwner: false, registrationOpen: false },
    'GET /skills': whenOpen({ catalogueVersion: 1, skills: [skillFixture('box-breathing', 'Box breathing')] }),
    'GET /moments': whenOpen({ moments: [], nextCursor: null }),
    'GET /follow-ups/pending': whenOpen({ delayMinutes: 120, pending: [] }),
    'GET /crisis-lines': { lines: [] },
    'POST /auth/logout': { ok: true },
    'POST /auth/unlock': (body) => {
      if ((body as { pin: string }).pin === pin) {
        isLocked = false;
        return Response.json(me);
      }
      wrong += 1;
      if (wrong >= wrongBeforeSignOut) return problem(401, 'signed_out_pin', 'That PIN was wrong 5 times, so this device was signed out.');
      return problem(403, 'wrong_pin', `That PIN is not right. Tries left before this device is signed out: ${wrongBeforeSignOut - wrong}.`, { pin: 'does not match' });
    },
  });
}

/** A session that is open (another tab is where things happen). */
function openServer() {
  return mockApi({
    'GET /me': me,
    'GET /auth/setup': { needsOwner: false, registrationOpen: false },
    'GET /skills': { catalogueVersion: 1, skills: [] },
    'GET /moments': { moments: [], nextCursor: null },
    'GET /follow-ups/pending': { delayMinutes: 120, pending: [] },
    'POST /auth/logout': { ok: true },
  });
}

describe('the lock screen', () => {
  it('shows instead of every screen when the server says 423, with no nav and help one tap away', async () => {
    lockedServer();
    renderApp('/history');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mend is locked' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(screen.queryByRole('heading', { name: /History/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'I need help now' }).getAttribute('href')).toBe('/help');
    expect(screen.getByRole('link', { name: 'crisis lines and help now' }).getAttribute('href')).toBe('/help');
    const pin = screen.getByLabelText('PIN');
    expect(pin.getAttribute('inputmode')).toBe('numeric');
    expect(pin.getAttribute('type')).toBe('password');
  });

  it('says a wrong PIN plainly, then opens the screen behind with the right one', async () => {
    const { calls } = lockedServer();
    const user = userEvent.setup();
    renderApp('/');
    const pin = await screen.findByLabelText('PIN');

    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByText('Enter your PIN: 4 to 8 digits.')).toBeTruthy();
    expect(calls.some((call) => call.path === '/auth/unlock')).toBe(false);

    await user.type(pin, '1111');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText(/That PIN is not right\. Tries left before this device is signed out: 4\./)).toBeTruthy();
    expect(pin.getAttribute('aria-invalid')).toBe('true');
    expect((pin as HTMLInputElement).value).toBe('');

    await user.type(pin, '2468{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(calls.filter((call) => call.path === '/auth/unlock').map((call) => call.body)).toEqual([{ pin: '1111' }, { pin: '2468' }]);
  });

  it('after the fifth wrong PIN, signs out with a clear word and forgets the device’s copy', async () => {
    lockedServer({ wrongBeforeSignOut: 2 });
    localStorage.setItem(STORAGE_KEY, '{"remembered":true}');
    sessionStorage.setItem('mend.practice-draft.box-breathing', '{"answers":{}}');
    const user = userEvent.setup();
    const { queryClient } = renderApp('/');
    queryClient.setQueryData(['me'], me);
    const pin = await screen.findByLabelText('PIN');
    await user.type(pin, '1111{Enter}');
    await screen.findByText(/signed out: 1\./);
    await user.type(pin, '1112{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome back' })).toBeTruthy();
    expect(screen.getByText(/The PIN was entered wrongly a few times, so Mend signed out on this device/)).toBeTruthy();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem('mend.practice-draft.box-breathing')).toBeNull();
  });

  it('can sign out instead', async () => {
    const { calls } = lockedServer();
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Sign out instead' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome back' })).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST' && call.path === '/auth/logout')).toBe(true);
  });

  it('locks this tab too when another tab locks (one session for both)', async () => {
    openServer();
    const { queryClient } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' });
    await waitFor(() => expect(queryClient.getQueryData(['skills'])).toBeDefined());
    localStorage.setItem('mend.locked', 'yes');
    window.dispatchEvent(new StorageEvent('storage', { key: 'mend.locked', newValue: 'yes' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Mend is locked' });
    expect(screen.queryByRole('heading', { level: 1, name: 'How hard is it right now?' })).toBeNull();
    // As a lock in this tab does: the answers held in memory go, and the lock screen's heading has focus.
    expect(queryClient.getQueryData(['skills'])).toBeUndefined();
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('signs this tab out too when another tab signs out, and tells the other tabs when this one does', async () => {
    openServer();
    localStorage.setItem(STORAGE_KEY, '{"remembered":true}');
    const { queryClient } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' });
    window.dispatchEvent(new StorageEvent('storage', { key: 'mend.signed-out', newValue: 'idle' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome back' })).toBeTruthy();
    expect(screen.getByText(/You were signed out after a while without use/)).toBeTruthy();
    expect(queryClient.getQueryData(['me'])).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    // Signed in again, then "Sign out" here: the other tabs hear it (the key is written, then removed).
    const written = vi.spyOn(localStorage, 'setItem');
    queryClient.setQueryData(['me'], me);
    await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' });
    await act(async () => endSessionOnDevice(queryClient, null));
    expect(written.mock.calls.filter(([key]) => key === 'mend.signed-out')).toEqual([['mend.signed-out', 'signed-out']]);
    expect(localStorage.getItem('mend.signed-out')).toBeNull();
    written.mockRestore();
  });

  it('keeps help open while locked', async () => {
    lockedServer();
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Mend is locked' });
    await user.click(screen.getByRole('link', { name: 'I need help now' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Mend is locked' })).toBeNull());
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('Mend is locked');
  });
});
