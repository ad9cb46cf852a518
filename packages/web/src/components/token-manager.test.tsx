// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { TokenManager } from './token-manager';

const token = { id: 't1', name: 'backup script', scopes: ['read', 'export'], createdAt: '2026-11-30T08:00:00Z', lastUsedAt: null };

describe('TokenManager scopes', () => {
  it('shows what each token can do', async () => {
    mockApi({ 'GET /tokens': { tokens: [token] } });
    renderWithProviders(<TokenManager />);
    const row = (await screen.findByText('backup script')).closest('li')!;
    expect(row.textContent).toMatch(/Can read, export · made/);
  });

  it('needs at least one scope, said beside the choices, and sends the ticked ones in order', async () => {
    const { calls } = mockApi({
      'GET /tokens': { tokens: [] },
      'POST /tokens': (body) => ({ ...token, ...(body as object), id: 't2', token: 'mend_pat_secret' }),
    });
    const user = userEvent.setup();
    renderWithProviders(<TokenManager />);
    await screen.findByText('No tokens yet.');
    const group = screen.getByRole('group', { name: 'What this token may do' });
    const read = within(group).getByRole('checkbox', { name: 'Read' });
    expect((read as HTMLInputElement).checked).toBe(true);
    expect(within(group).getByText('Download everything in one file.')).toBeTruthy();

    await user.type(screen.getByLabelText('Token name'), 'laptop');
    await user.click(read);
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(within(group).getByText('Choose at least one thing this token may do.')).toBeTruthy();
    expect(group.getAttribute('aria-describedby')).toContain('token-scopes-error');
    expect(document.activeElement).toBe(read);
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.click(within(group).getByRole('checkbox', { name: 'Import' }));
    await user.click(read);
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText(/Here is the token “laptop”; it can read, import\./)).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST')).toEqual([{ method: 'POST', path: '/tokens', body: { name: 'laptop', scopes: ['read', 'import'] } }]);
  });

  it('shows the server’s word on scopes beside the choices', async () => {
    mockApi({
      'GET /tokens': { tokens: [] },
      'POST /tokens': () => Response.json({ error: { code: 'validation', message: 'Some fields need another look.', fields: { scopes: 'must name at least one scope' } } }, { status: 400 }),
    });
    const user = userEvent.setup();
    renderWithProviders(<TokenManager />);
    await user.type(await screen.findByLabelText('Token name'), 'laptop');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('must name at least one scope')).toBeTruthy();
  });
});
