// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, momentFixture, skillFixture } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { HomeScreen } from './home-screen';

const skills = [
  skillFixture('box-breathing', 'Box breathing'),
  skillFixture('five-senses', 'Five senses', { family: 'grounding' }),
  skillFixture('endless-scrolling', 'Endless scrolling', { kind: 'maladaptive', family: 'numbing' }),
];

function setup(distressBefore = 7) {
  return mockApi({
    'GET /skills': { catalogueVersion: 1, skills },
    'GET /moments': { moments: [momentFixture({ skillIds: ['endless-scrolling'], occurredAt: new Date().toISOString() })], nextCursor: null },
    'POST /moments': (body) => momentFixture({ id: 'new-moment', ...(body as object), distressBefore }),
  });
}

describe('HomeScreen quick log', () => {
  it('logs in three interactions: level, skill, Save', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    renderWithProviders(<HomeScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'How hard is it right now?' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: /^7 / }));
    await user.click(await screen.findByRole('button', { name: 'Endless scrolling' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Saved'));
    expect(calls.filter((call) => call.method === 'POST')).toEqual([
      { method: 'POST', path: '/moments', body: { distressBefore: 7, skillIds: ['endless-scrolling'] } },
    ]);
    expect(screen.getByRole('link', { name: 'Add more detail' }).getAttribute('href')).toBe('/history/new-moment');
    expect(screen.getByRole('link', { name: 'Log another' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /who you can reach/ })).toBeNull();
  });

  it('puts recent skills first and defaults after them', async () => {
    setup();
    renderWithProviders(<HomeScreen />);
    await screen.findByRole('button', { name: 'Endless scrolling' });
    const names = screen.getAllByRole('button', { pressed: false }).map((button) => button.textContent?.slice(1));
    expect(names).toEqual(['Endless scrolling', 'Box breathing', 'Five senses']);
  });

  it('offers help gently after a 9 or 10', async () => {
    setup(10);
    const user = userEvent.setup();
    renderWithProviders(<HomeScreen />);
    await user.click(screen.getByRole('radio', { name: /^10 / }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const link = await screen.findByRole('link', { name: /who you can reach/ });
    expect(link.getAttribute('href')).toBe('/help');
  });

  it('asks for the level when Save comes first, and sends nothing', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    renderWithProviders(<HomeScreen />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/Choose a number first/)).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });
});
