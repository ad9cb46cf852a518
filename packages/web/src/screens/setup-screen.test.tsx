// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountFixture, mockApi } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { SetupScreen } from './setup-screen';

const me = accountFixture();

describe('SetupScreen', () => {
  it('asks for the country and keeps it for the account and this device', async () => {
    const { calls } = mockApi({ 'POST /auth/register': me, 'PUT /preferences': (body) => ({ followUpDelayMinutes: 120, ...(body as object) }) });
    const user = userEvent.setup();
    renderWithProviders(<SetupScreen />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Where you live' }), 'New Zealand');
    await user.type(screen.getByLabelText('Name'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    await waitFor(() => expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ country: 'NZ' }));
    expect(localStorage.getItem('mend.help.country')).toBe('NZ');
  });
});
