// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountFixture, mockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';

function server() {
  let appLock = { enabled: false, lockAfterMinutes: 5 };
  let locked = false;
  return mockApi({
    'GET /me': () => (locked ? Response.json({ error: { code: 'app_locked', message: 'Locked.', fields: {} } }, { status: 423 }) : accountFixture({ appLock })),
    'GET /auth/setup': { needsOwner: false, registrationOpen: false },
    'GET /sessions': { sessions: [] },
    'GET /tokens': { tokens: [] },
    'GET /preferences': { followUpDelayMinutes: 120, country: null, idleSignOutMinutes: null },
    'PUT /me/app-lock': (body) => {
      const { password, pin, lockAfterMinutes } = body as { password: string; pin: string | null; lockAfterMinutes: number };
      if (password !== 'a calm lake at dawn') {
        return Response.json({ error: { code: 'wrong_password', message: 'That password is not right.', fields: { password: 'does not match this account' } } }, { status: 403 });
      }
      appLock = { enabled: pin !== null, lockAfterMinutes };
      return Response.json(appLock);
    },
    'POST /auth/lock': () => {
      locked = true;
      return { ok: true };
    },
  });
}

describe('Settings → App lock', () => {
  it('sets a PIN after the password, checks the digits first, and locks now', async () => {
    const { calls } = server();
    const user = userEvent.setup();
    renderApp('/settings');
    const section = (await screen.findByRole('heading', { level: 2, name: 'App lock' })).closest('section')!;
    expect(within(section).getByText('No PIN is set.')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Lock now' })).toBeNull();
    const pin = within(section).getByLabelText('PIN');
    expect(pin.getAttribute('inputmode')).toBe('numeric');

    await user.type(pin, '12');
    await user.click(within(section).getByRole('button', { name: 'Set PIN' }));
    expect(within(section).getByText('A PIN is 4 to 8 digits.')).toBeTruthy();
    expect(within(section).getByText('Type your password to confirm it’s you.')).toBeTruthy();
    // Focus goes to the first field with a problem.
    expect(document.activeElement).toBe(pin);
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    await user.type(pin, '34');
    await user.type(within(section).getByLabelText('Your password, to confirm'), 'not it');
    await user.click(within(section).getByRole('button', { name: 'Set PIN' }));
    expect(await within(section).findByText('That password isn’t right. Nothing changed.')).toBeTruthy();
    expect(document.activeElement).toBe(within(section).getByLabelText('Your password, to confirm'));

    await user.clear(within(section).getByLabelText('Your password, to confirm'));
    await user.type(within(section).getByLabelText('Your password, to confirm'), 'a calm lake at dawn');
    await user.selectOptions(within(section).getByLabelText('Lock after this long without use'), '15 minutes');
    await user.click(within(section).getByRole('button', { name: 'Set PIN' }));
    expect(await within(section).findByText('PIN saved. Mend locks after 15 minutes without use.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT').at(-1)?.body).toEqual({ password: 'a calm lake at dawn', pin: '1234', lockAfterMinutes: 15 });

    await user.click(within(section).getByRole('button', { name: 'Lock now' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Mend is locked' });
    // The screen changed by itself: its heading has focus, so a screen reader says where this is.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('heading', { level: 2, name: 'App lock' })).toBeNull();
    expect(calls.some((call) => call.method === 'POST' && call.path === '/auth/lock')).toBe(true);
  });
});
