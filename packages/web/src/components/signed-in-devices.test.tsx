// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountFixture, mockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';

const me = accountFixture();
const sessions = [
  { id: 's-here', device: 'Chrome on Linux', createdAt: '2026-11-30T08:00:00Z', lastSeenAt: '2026-12-01T19:00:00Z', current: true },
  { id: 's-phone', device: 'Safari on iPhone', createdAt: '2026-11-20T08:00:00Z', lastSeenAt: '2026-11-29T21:00:00Z', current: false },
];

function server() {
  let signedIn = true;
  let list = sessions;
  const mock = mockApi({
    'GET /me': () => (signedIn ? me : Response.json({ error: { code: 'unauthenticated', message: 'Please sign in first.', fields: {} } }, { status: 401 })),
    'GET /auth/setup': { needsOwner: false, registrationOpen: false },
    'GET /sessions': () => ({ sessions: list }),
    'DELETE /sessions/s-phone': () => {
      list = list.filter((session) => session.id !== 's-phone');
      return new Response(null, { status: 204 });
    },
    'POST /auth/logout-everywhere': () => {
      signedIn = false;
      return Response.json({ ok: true, endedSessions: 2 });
    },
    'GET /tokens': { tokens: [] },
    'GET /preferences': { followUpDelayMinutes: 120, country: null, idleSignOutMinutes: null },
  });
  return mock;
}

describe('Settings → Signed in on', () => {
  it('lists each browser with when it was last used, marks this one, and signs another out', async () => {
    const { calls } = server();
    const user = userEvent.setup();
    renderApp('/settings');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Signed in on' })).closest('section')!;
    const rows = await within(section).findAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.session-device')?.textContent)).toEqual(['Chrome on Linux · this device', 'Safari on iPhone']);
    expect(within(rows[0]!).queryByRole('button')).toBeNull();
    expect(rows[1]!.textContent).toContain('Last used');

    await user.click(within(section).getByRole('button', { name: 'Sign out Safari on iPhone' }));
    expect(await within(section).findByText('Signed out on Safari on iPhone.')).toBeTruthy();
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
    expect(calls.filter((call) => call.method === 'DELETE')).toEqual([{ method: 'DELETE', path: '/sessions/s-phone', body: undefined }]);
  });

  it('asks before signing out everywhere, says tokens keep working, then shows sign-in with the reason', async () => {
    const { calls } = server();
    const user = userEvent.setup();
    renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere…' }));
    const question = screen.getByRole('group', { name: 'Sign out on every device, this one too?' });
    expect(question.textContent).toMatch(/Personal access tokens .* keep working/);
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Stay signed in' }));
    expect(calls.some((call) => call.path === '/auth/logout-everywhere')).toBe(false);

    // Staying signed in closes the question and puts focus back where it was.
    await user.click(within(question).getByRole('button', { name: 'Stay signed in' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sign out everywhere…' }));
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere…' }));

    await user.click(within(screen.getByRole('group', { name: 'Sign out on every device, this one too?' })).getByRole('button', { name: 'Sign out everywhere' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Welcome back' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/You’re signed out on every device/)).toBeTruthy();
    expect(calls.filter((call) => call.path === '/auth/logout-everywhere')).toHaveLength(1);
  });
});
