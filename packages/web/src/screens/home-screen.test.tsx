// @vitest-environment happy-dom
import { DISTRESS_ANCHORS } from '@mend/core';
import { screen, waitFor, within } from '@testing-library/react';
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
    'GET /follow-ups/pending': { delayMinutes: 120, pending: [] },
    'GET /skills': { catalogueVersion: 1, skills },
    'GET /moments': { moments: [momentFixture({ skillIds: ['endless-scrolling'], occurredAt: new Date().toISOString() })], nextCursor: null },
    'POST /moments': (body) => ({ ...momentFixture({ id: 'new-moment', ...(body as object), distressBefore }), crisisOffer: false }),
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

describe('HomeScreen check-ins', () => {
  // Halfway between midnight and now: earlier today, whatever the clock says.
  const midnight = new Date().setHours(0, 0, 0, 0);
  const occurred = new Date((midnight + Date.now()) / 2);
  const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(occurred);
  const pending = {
    momentId: 'earlier', occurredAt: occurred.toISOString(), dueAt: occurred.toISOString(),
    distressBefore: 8, distressAfter: null, skillIds: ['box-breathing'],
  };

  function setupPending() {
    let answered = false;
    const api = mockApi({
      'GET /follow-ups/pending': () => ({ delayMinutes: 120, pending: answered ? [] : [pending] }),
      'GET /skills': { catalogueVersion: 1, skills },
      'GET /moments': { moments: [], nextCursor: null },
      'POST /moments/earlier/follow-ups': (body) => {
        answered = true;
        return momentFixture({ id: 'earlier', followUps: [{ at: new Date().toISOString(), ...(body as object) }] });
      },
      'POST /moments/earlier/follow-ups/skip': () => {
        answered = true;
        return new Response(null, { status: 204 });
      },
    });
    return api;
  }

  it('asks "How are you now?" about an earlier moment, and one tap answers it', async () => {
    const { calls } = setupPending();
    const user = userEvent.setup();
    renderWithProviders(<HomeScreen />);

    expect(await screen.findByRole('heading', { level: 2, name: 'How are you now?' })).toBeTruthy();
    const group = await screen.findByRole('group', { name: `Earlier, at ${time}, it was 8 — you tried Box breathing.` });
    const levels = within(group).getAllByRole('button', { name: /^\d+ / });
    expect(levels.map((button) => button.textContent)).toEqual(DISTRESS_ANCHORS.map(({ level, label }) => `${level} ${label}`));

    await user.click(within(group).getByRole('button', { name: '3 Bothered, still fine' }));

    await waitFor(() => expect(screen.getByText('Thanks — noted.')).toBeTruthy());
    expect(calls.filter((call) => call.method === 'POST')).toEqual([
      { method: 'POST', path: '/moments/earlier/follow-ups', body: { distress: 3 } },
    ]);
    expect(screen.queryByRole('group', { name: /^Earlier, at / })).toBeNull();
    expect(screen.getByText('Thanks — noted.').closest('[role="status"]')).toBeTruthy();
    // The quick log is still there, first question and all.
    expect(screen.getByRole('heading', { level: 1, name: 'How hard is it right now?' })).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(11);
  });

  it('lets a check-in go with Skip', async () => {
    const { calls } = setupPending();
    const user = userEvent.setup();
    renderWithProviders(<HomeScreen />);

    await user.click(await screen.findByRole('button', { name: `Skip the check-in for ${time}` }));

    await waitFor(() => expect(screen.queryByRole('group', { name: /^Earlier, at / })).toBeNull());
    expect(calls.filter((call) => call.method === 'POST')).toEqual([
      { method: 'POST', path: '/moments/earlier/follow-ups/skip', body: undefined },
    ]);
  });

  it('keeps the quick log to three taps with a check-in waiting', async () => {
    const { calls } = setupPending();
    const user = userEvent.setup();
    renderWithProviders(<HomeScreen />);
    await screen.findByRole('group', { name: /^Earlier, at / });

    await user.click(screen.getByRole('radio', { name: /^7 / }));
    await user.click(screen.getByRole('button', { name: 'Box breathing' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(calls.some((call) => call.method === 'POST' && call.path === '/moments')).toBe(true));
  });

  it('offers a keyboard way past the check-ins, straight to the quick log', async () => {
    setupPending();
    const user = userEvent.setup();
    renderWithProviders(<HomeScreen />);
    await screen.findByRole('group', { name: /^Earlier, at / });
    await user.click(screen.getByRole('link', { name: 'Skip the check-ins, log a moment now' }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /^0 / }));
  });
});
