// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppRoutes } from './app';
import { emptyInsightsFixture } from './test/insights-fixture';
import { accountFixture, mockApi } from './test/mock-api';
import { renderWithProviders } from './test/render';

const signedOut = () => Response.json({ error: { code: 'unauthorized', message: 'Sign in first.', fields: {} } }, { status: 401 });
const me = accountFixture();

describe('the app shell and its gate', () => {
  it('offers the owner account on first run, with help one tap away and no nav', async () => {
    const { calls } = mockApi({
      'GET /me': signedOut,
      'GET /auth/setup': { needsOwner: true, registrationOpen: true },
      'POST /auth/register': me,
      'GET /skills': { catalogueVersion: 1, skills: [] },
      'GET /moments': { moments: [], nextCursor: null },
    });
    renderWithProviders(<AppRoutes />, { path: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Mend' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'I need help now' }).getAttribute('href')).toBe('/help');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText(/MEND_DATA_DIR/)).toBeTruthy();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'a calm lake at dawn');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(calls.find((call) => call.path === '/auth/register')?.body).toEqual({ name: 'ana', password: 'a calm lake at dawn' });
  });

  it('shows field problems from the server beside the field', async () => {
    mockApi({
      'GET /me': signedOut,
      'GET /auth/setup': { needsOwner: false, registrationOpen: false },
      'POST /auth/login': () => Response.json(
        { error: { code: 'validation', message: 'Some fields need another look.', fields: { password: 'must be at least 8 characters' } } },
        { status: 400 },
      ),
    });
    renderWithProviders(<AppRoutes />, { path: '/history' });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Name'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const password = screen.getByLabelText('Password');
    expect(await screen.findByText('must be at least 8 characters')).toBeTruthy();
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toContain(screen.getByText('must be at least 8 characters').closest('p')?.id);
    expect(document.activeElement).toBe(password);
  });

  it('keeps help reachable when the server is down', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    renderWithProviders(<AppRoutes />, { path: '/settings' });
    expect(await screen.findByRole('heading', { level: 1, name: /can’t reach its server/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'I need help now' })).toBeTruthy();
  });

  it('lists Insights in the main navigation between History and Toolkit', async () => {
    mockApi({
      'GET /me': me,
      'GET /skills': { catalogueVersion: 1, skills: [] },
      'GET /moments': { moments: [], nextCursor: null },
      'GET /follow-ups/pending': { delayMinutes: 120, pending: [] },
      'GET /insights': emptyInsightsFixture(),
    });
    renderWithProviders(<AppRoutes />, { path: '/insights' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Insights' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Home', 'History', 'Insights', 'Progress', 'Self-checks', 'Toolkit', 'Practice', 'Path', 'Settings']);
    expect(within(nav).getByRole('link', { name: 'Insights' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens a practice read back at /practice/done/:id, not as an exercise called "done"', async () => {
    mockApi({
      'GET /me': me,
      'GET /skills': { catalogueVersion: 1, skills: [] },
      'GET /follow-ups/pending': { delayMinutes: 120, pending: [] },
      'GET /practices/p1': {
        id: 'p1', skillId: 'box-breathing', exerciseId: 'box-breathing', kind: 'coping', startedAt: '2026-11-30T20:00:00.000Z', durationSeconds: 130,
        distressBefore: 7, distressAfter: 4, notes: null, steppedBack: false, answers: {}, pathAreaId: null, createdAt: '2026-11-30T20:03:00.000Z',
      },
    });
    renderWithProviders(<AppRoutes />, { path: '/practice/done/p1' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Box breathing' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Do this exercise again' }).getAttribute('href')).toBe('/practice/box-breathing');
  });
});
