// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountFixture, mockApi } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { SettingsScreen } from './settings-screen';

describe('SettingsScreen check-in delay', () => {
  it('shows the saved delay and saves a new one', async () => {
    const { calls } = mockApi({
      'GET /me': accountFixture(),
      'GET /tokens': { tokens: [] },
      'GET /preferences': { followUpDelayMinutes: 120 },
      'PUT /preferences': (body) => body,
    });
    const user = userEvent.setup();
    renderWithProviders(<SettingsScreen />, { path: '/settings' });

    const select = await screen.findByRole('combobox', { name: 'Ask me how I am after' });
    await waitFor(() => expect((select as HTMLSelectElement).disabled).toBe(false));
    expect([...(select as HTMLSelectElement).options].map((option) => option.textContent))
      .toEqual(['30 min', '1 h', '2 h (default)', '3 h', '4 h', '8 h']);
    expect((select as HTMLSelectElement).value).toBe('120');

    await user.selectOptions(select, '4 h');
    await user.click(screen.getByRole('button', { name: 'Save check-in time' }));

    await waitFor(() => expect(screen.getByText(/Saved\. Mend will ask 4 h after a moment\./)).toBeTruthy());
    expect(calls.filter((call) => call.method === 'PUT')).toEqual([
      { method: 'PUT', path: '/preferences', body: { followUpDelayMinutes: 240 } },
    ]);
  });

  it('keeps a delay set elsewhere as a choice of its own', async () => {
    mockApi({
      'GET /me': accountFixture(),
      'GET /tokens': { tokens: [] },
      'GET /preferences': { followUpDelayMinutes: 90 },
    });
    renderWithProviders(<SettingsScreen />, { path: '/settings' });
    const select = await screen.findByRole('combobox', { name: 'Ask me how I am after' });
    await waitFor(() => expect((select as HTMLSelectElement).value).toBe('90'));
    expect((select as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('1 h 30 min');
  });

  it('ends with deleting the account, after the offer of a copy', async () => {
    mockApi({
      'GET /me': accountFixture(),
      'GET /tokens': { tokens: [] },
      'GET /preferences': { followUpDelayMinutes: 120 },
    });
    renderWithProviders(<SettingsScreen />, { path: '/settings' });
    await screen.findByRole('button', { name: 'Delete my account and everything in it' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.at(-1)).toBe('Delete my account');
    expect(screen.getByRole('button', { name: 'Download my data first' })).toBeTruthy();
  });
});

describe('SettingsScreen and sharing', () => {
  it('links a person to sharing with a therapist', async () => {
    mockApi({ 'GET /me': accountFixture(), 'GET /tokens': { tokens: [] }, 'GET /preferences': { followUpDelayMinutes: 120 } });
    renderWithProviders(<SettingsScreen />, { path: '/settings' });
    expect((await screen.findByRole('link', { name: 'Sharing with a therapist' })).getAttribute('href')).toBe('/settings/sharing');
  });

  it('shows a therapist only the parts about the account itself', async () => {
    mockApi({ 'GET /me': accountFixture({ role: 'therapist', name: 'dr-lee' }), 'GET /sessions': { sessions: [] } });
    renderWithProviders(<SettingsScreen />, { path: '/settings' });
    expect(await screen.findByText('dr-lee')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Sign out' })).toBeTruthy();
    for (const name of ['Share with a therapist', 'Check-ins', 'Your data', 'Personal access tokens', 'Import from Daylio']) {
      expect(screen.queryByRole('heading', { level: 2, name })).toBeNull();
    }
  });
});
