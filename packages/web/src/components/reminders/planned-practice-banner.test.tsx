// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, skillFixture } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { PlannedPracticeBanner } from './planned-practice-banner';
import { duePathFixture, practiceFixture } from './reminders-fixture';

const skills = [skillFixture('naming-the-inner-critic', 'Naming the inner critic', { kind: 'healing', family: 'core-beliefs' })];

function setup(path: object, practices: object[] = []) {
  return mockApi({
    'GET /path': path as Record<string, unknown>,
    'GET /practices': { practices },
    'GET /skills': { catalogueVersion: 1, skills },
  });
}

const heading = 'A practice is planned for today, whenever you’re ready';

describe('PlannedPracticeBanner', () => {
  it('shows one gentle banner with Start, and “Not today” puts it away for the day', async () => {
    setup(duePathFixture());
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(<PlannedPracticeBanner />);
    const banner = await screen.findByRole('region', { name: heading });
    expect(banner.textContent).toContain('Naming the inner critic');
    expect(screen.getByRole('link', { name: 'Start Naming the inner critic' }).getAttribute('href')).toBe('/practice/naming-the-critic?path=core-beliefs');

    await user.click(screen.getByRole('button', { name: 'Not today' }));
    expect(screen.queryByRole('region', { name: heading })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Okay, not today. Rest counts too.');

    // Still away after coming back to Home the same day.
    unmount();
    const { calls } = setup(duePathFixture());
    renderWithProviders(<PlannedPracticeBanner />);
    await waitFor(() => expect(calls.some((call) => call.path === '/path')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('region', { name: heading })).toBeNull();
  });

  it('stays away once today’s practice is done', async () => {
    const { calls } = setup(duePathFixture(), [practiceFixture()]);
    renderWithProviders(<PlannedPracticeBanner />);
    await waitFor(() => expect(calls.some((call) => call.path === '/practices')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('region', { name: heading })).toBeNull();
  });

  it('says nothing while the path is paused, and asks for no practices then', async () => {
    const { calls } = setup(duePathFixture({ paused: true, pausedAt: '2026-10-02T10:00:00.000Z', next: null }));
    renderWithProviders(<PlannedPracticeBanner />);
    await waitFor(() => expect(calls.some((call) => call.path === '/path')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('region', { name: heading })).toBeNull();
    expect(calls.some((call) => call.path === '/practices')).toBe(false);
  });
});
