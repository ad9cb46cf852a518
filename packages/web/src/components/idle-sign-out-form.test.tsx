// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountFixture, mockApi } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { IdleSignOutForm } from './idle-sign-out-form';

describe('IdleSignOutForm', () => {
  it('offers off, 15 minutes, 1 hour, 4 hours and 1 day, and saves the choice', async () => {
    let idle: number | null = null;
    const { calls } = mockApi({
      'GET /me': () => accountFixture({ idleSignOutMinutes: idle }),
      'GET /preferences': () => ({ followUpDelayMinutes: 120, country: null, idleSignOutMinutes: idle }),
      'PUT /preferences': (body) => {
        idle = (body as { idleSignOutMinutes: number | null }).idleSignOutMinutes;
        return Response.json({ followUpDelayMinutes: 120, country: null, idleSignOutMinutes: idle });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<IdleSignOutForm />);
    const select = await screen.findByRole('combobox', { name: 'Sign out after this long without use' }) as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    expect([...select.options].map((option) => option.textContent)).toEqual(['Never (off)', '15 minutes', '1 hour', '4 hours', '1 day']);
    expect(select.value).toBe('off');

    await user.selectOptions(select, '1 hour');
    await user.click(screen.getByRole('button', { name: 'Save sign-out time' }));
    expect(await screen.findByText('Saved. Mend signs out after 1 hour without use.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT')).toEqual([{ method: 'PUT', path: '/preferences', body: { idleSignOutMinutes: 60 } }]);

    await user.selectOptions(select, 'Never (off)');
    await user.click(screen.getByRole('button', { name: 'Save sign-out time' }));
    expect(await screen.findByText('Saved. Mend stays signed in until you sign out.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT').at(-1)?.body).toEqual({ idleSignOutMinutes: null });
  });

  it('says when whoever runs this Mend sets a shorter limit', async () => {
    mockApi({
      'GET /me': accountFixture({ idleSignOutMinutes: 60 }),
      'GET /preferences': { followUpDelayMinutes: 120, country: null, idleSignOutMinutes: null },
    });
    renderWithProviders(<IdleSignOutForm />);
    expect(await screen.findByText('This Mend signs everyone out after 1 hour without use at most.')).toBeTruthy();
  });
});
