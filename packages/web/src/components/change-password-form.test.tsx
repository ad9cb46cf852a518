// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountFixture, mockApi } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { renderApp } from '../test/render-app';
import { ChangePasswordForm } from './change-password-form';

const CURRENT = 'a calm lake at dawn';
const NEXT = 'pebbles under clear water';

function server() {
  let password = CURRENT;
  const session = (id: string, current: boolean) => ({ id, device: current ? 'Firefox on Linux' : 'Safari on iOS', createdAt: '2026-11-22T10:00:00Z', lastSeenAt: '2026-11-22T10:00:00Z', current });
  let sessions = [session('s1', true), session('s2', false)];
  return mockApi({
    'GET /me': accountFixture(),
    'GET /auth/setup': { needsOwner: false, registrationOpen: false },
    'GET /sessions': () => ({ sessions }),
    'GET /tokens': { tokens: [] },
    'GET /preferences': { followUpDelayMinutes: 120, country: null, idleSignOutMinutes: null },
    'PUT /me/password': (body) => {
      const { currentPassword, newPassword } = body as { currentPassword: string; newPassword: string };
      if (currentPassword !== password) {
        return Response.json({ error: { code: 'wrong_password', message: 'That password is not right, so nothing was changed.', fields: { currentPassword: 'does not match this account' } } }, { status: 403 });
      }
      password = newPassword;
      sessions = sessions.filter((one) => one.current);
      return { ok: true };
    },
  });
}

const section = async () => (await screen.findByRole('heading', { level: 2, name: 'Change your password' })).closest('section')!;
const described = (input: HTMLElement) => (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');

describe('Settings → Change your password', () => {
  it('checks on the device first, naming each field, and moves focus to the first one with a problem', async () => {
    const { calls } = server();
    const user = userEvent.setup();
    renderApp('/settings');
    const form = within(await section());
    const current = form.getByLabelText('Current password');
    const next = form.getByLabelText('New password');
    const again = form.getByLabelText('New password again');
    expect(current.getAttribute('autocomplete')).toBe('current-password');
    expect(next.getAttribute('autocomplete')).toBe('new-password');
    expect(again.getAttribute('autocomplete')).toBe('new-password');
    expect(described(next)).toBe('At least 8 characters (at most 256). A few words you’ll remember work well.');

    await user.click(form.getByRole('button', { name: 'Change password' }));
    expect(described(current)).toContain('Type your current password.');
    expect(current.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(current));

    await user.type(current, CURRENT);
    await user.type(next, 'short');
    await user.click(form.getByRole('button', { name: 'Change password' }));
    expect(described(next)).toContain('A new password needs at least 8 characters.');
    expect(current.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(next));

    await user.clear(next);
    await user.type(next, NEXT);
    await user.type(again, 'pebbles under clear waters');
    await user.click(form.getByRole('button', { name: 'Change password' }));
    expect(described(again)).toContain('This doesn’t match the new password above.');
    expect(next.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
  });

  it('shows a wrong current password on that field, then changes it and says the other devices were signed out', async () => {
    const { calls } = server();
    const user = userEvent.setup();
    renderApp('/settings');
    const form = within(await section());
    const devices = within((await screen.findByRole('heading', { level: 2, name: 'Signed in on' })).closest('section')!);
    expect(await devices.findByText('Safari on iOS')).toBeTruthy();
    const current = form.getByLabelText('Current password');

    await user.type(current, 'not it');
    await user.type(form.getByLabelText('New password'), NEXT);
    await user.type(form.getByLabelText('New password again'), NEXT);
    await user.click(form.getByRole('button', { name: 'Change password' }));
    expect(await form.findByText('That isn’t your current password. Nothing changed.')).toBeTruthy();
    expect(described(current)).toContain('That isn’t your current password.');
    await waitFor(() => expect(document.activeElement).toBe(current));

    await user.clear(current);
    await user.type(current, CURRENT);
    await user.click(form.getByRole('button', { name: 'Change password' }));
    expect(await form.findByText(/Your password is changed\. Any other devices signed in to your account are now signed out/)).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT')).toEqual([
      { method: 'PUT', path: '/me/password', body: { currentPassword: 'not it', newPassword: NEXT } },
      { method: 'PUT', path: '/me/password', body: { currentPassword: CURRENT, newPassword: NEXT } },
    ]);
    expect(form.queryByText('That isn’t your current password. Nothing changed.')).toBeNull();
    expect((current as HTMLInputElement).value).toBe('');
    expect((form.getByLabelText('New password') as HTMLInputElement).value).toBe('');
    // The list of signed-in browsers is asked again, and the other one is gone.
    await waitFor(() => expect(devices.queryByText('Safari on iOS')).toBeNull());
  });

  it('puts the server’s field problem on the field it names', async () => {
    mockApi({
      'GET /me': accountFixture(),
      'PUT /me/password': Response.json({ error: { code: 'invalid_body', message: 'Some fields need another look.', fields: { newPassword: 'must be at most 256 characters' } } }, { status: 400 }),
    });
    const user = userEvent.setup();
    renderWithProviders(<ChangePasswordForm />);
    const next = await screen.findByLabelText('New password');
    await user.type(screen.getByLabelText('Current password'), CURRENT);
    await user.type(next, NEXT);
    await user.type(screen.getByLabelText('New password again'), NEXT);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('must be at most 256 characters')).toBeTruthy();
    expect(described(next)).toContain('must be at most 256 characters');
    expect(next.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(next));
  });

  it('says plainly when the server can’t be reached, and that nothing changed', async () => {
    mockApi({
      'GET /me': accountFixture(),
      // A handler that throws makes fetch reject, as it does offline.
      'PUT /me/password': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<ChangePasswordForm />);
    await user.type(await screen.findByLabelText('Current password'), CURRENT);
    await user.type(screen.getByLabelText('New password'), NEXT);
    await user.type(screen.getByLabelText('New password again'), NEXT);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe('Mend can’t reach its server right now. Your password is as it was.'));
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });
});
