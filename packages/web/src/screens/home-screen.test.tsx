// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { DISTRESS_ANCHORS } from '@mend/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEND_WAIT_MS } from '../api/use-log-moment';
import { listEntries, removeEntry } from '../offline/outbox';
import { accountFixture, mockApi, momentFixture, skillFixture } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { HomeScreen } from './home-screen';

const skills = [
  skillFixture('box-breathing', 'Box breathing'),
  skillFixture('five-senses', 'Five senses', { family: 'grounding' }),
  skillFixture('endless-scrolling', 'Endless scrolling', { kind: 'maladaptive', family: 'numbing' }),
];

const me = accountFixture();
const serverDown = () => Response.json({ error: { code: 'http_502', message: 'Bad gateway', fields: {} } }, { status: 502 });

beforeEach(async () => {
  for (const entry of await listEntries()) await removeEntry(entry.id);
});

function setup(distressBefore = 7, createMoment: (body: unknown) => unknown = (body) => ({ ...momentFixture({ id: 'new-moment', ...(body as object), distressBefore }), crisisOffer: false })) {
  return mockApi({
    'GET /me': me,
    'GET /follow-ups/pending': { delayMinutes: 120, pending: [] },
    'GET /skills': { catalogueVersion: 1, skills },
    'GET /moments': { moments: [momentFixture({ skillIds: ['endless-scrolling'], occurredAt: new Date().toISOString() })], nextCursor: null },
    'POST /moments': createMoment,
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
    // The id and the time are made at the tap, so a resend is the same moment.
    expect(calls.filter((call) => call.method === 'POST')).toEqual([
      { method: 'POST', path: '/moments', body: { distressBefore: 7, skillIds: ['endless-scrolling'], id: expect.any(String), occurredAt: expect.any(String) } },
    ]);
    const sent = calls.find((call) => call.method === 'POST')!.body as { id: string; occurredAt: string };
    expect(Math.abs(Date.parse(sent.occurredAt) - Date.now())).toBeLessThan(60_000);
    expect(screen.getByRole('link', { name: 'Add more detail' }).getAttribute('href')).toBe(`/history/${sent.id}`);
    expect(screen.getByRole('link', { name: 'Log another' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /who you can reach/ })).toBeNull();
    expect(await listEntries()).toEqual([]);
  });

  it.each([
    ['offline', () => {
      throw new TypeError('Failed to fetch');
    }],
    ['the server is down', serverDown],
  ])('keeps the moment on this device when %s, and says so calmly', async (_, createMoment) => {
    setup(7, createMoment);
    const user = userEvent.setup();
    renderWithProviders(<HomeScreen />);
    await user.click(screen.getByRole('radio', { name: /^8 / }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const status = await screen.findByText('Saved on this device.');
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(screen.getByText(/send it as soon as it can reach the server/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/fail|error|didn’t/i);
    // Its page would need the server's copy: no link to it yet.
    expect(screen.queryByRole('link', { name: 'Add more detail' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Log another' })).toBeTruthy();
    const [entry] = await listEntries('u1');
    expect(entry).toMatchObject({ ownerId: 'u1', attempts: 1, body: { distressBefore: 8, id: expect.any(String), occurredAt: expect.any(String) } });
    expect(entry!.refused).toBeUndefined();
  });

  it('says "saved on this device" after a few seconds when the network hangs, and keeps trying behind', async () => {
    // A weak signal: the request neither answers nor fails.
    const { fetchMock } = setup();
    const answer = fetchMock.getMockImplementation()!;
    let arrive!: () => void;
    fetchMock.mockImplementation((input, init) => (init?.method === 'POST'
      ? new Promise<Response>((resolve) => (arrive = () => void answer(input, init).then(resolve)))
      : answer(input, init)));
    const user = userEvent.setup();
    renderWithProviders(<HomeScreen />);
    await user.click(screen.getByRole('radio', { name: /^8 / }));
    const started = Date.now();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved on this device.', undefined, { timeout: SEND_WAIT_MS + 2000 })).toBeTruthy();
    expect(Date.now() - started).toBeLessThan(SEND_WAIT_MS + 2000);
    expect(await listEntries('u1')).toHaveLength(1);

    // The answer comes in the end: the same run finishes and the moment leaves the outbox.
    arrive();
    await waitFor(async () => expect(await listEntries('u1')).toEqual([]));
  }, SEND_WAIT_MS + 5000);

  it('shows on the form what the server asks to change, and keeps no refused copy', async () => {
    setup(7, () => Response.json({ error: { code: 'validation', message: 'Some fields need another look.', fields: { skillIds: 'unknown skill' } } }, { status: 400 }));
    const user = userEvent.setup();
    renderWithProviders(<HomeScreen />);
    await user.click(screen.getByRole('radio', { name: /^8 / }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Some fields need another look.')).toBeTruthy();
    expect(await listEntries()).toEqual([]);
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
      'GET /me': me,
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
