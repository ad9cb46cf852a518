// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { dayHeading, dayKey } from '../lib/group-by-day';
import { listEntries, outboxBody, queueMoment, removeEntry, updateEntry } from '../offline/outbox';
import { accountFixture, mockApi, momentFixture, skillFixture } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { HistoryScreen } from './history-screen';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000).toISOString();
/** Local noon some days back, plus minutes: stays on one calendar day whatever the clock says. */
const daysAgo = (days: number, minutes = 0) => {
  const date = new Date();
  date.setDate(date.getDate() - days);
  date.setHours(12, minutes, 0, 0);
  return date.toISOString();
};

describe('HistoryScreen', () => {
  it('groups moments by day, newest first, each a link to its page', async () => {
    const moments = [
      momentFixture({ id: 'a', occurredAt: daysAgo(3, 30), distressBefore: 6, distressAfter: 3 }),
      momentFixture({ id: 'b', occurredAt: new Date().toISOString(), distressBefore: 8, distressAfter: 4, skillIds: ['box-breathing'] }),
      momentFixture({ id: 'c', occurredAt: daysAgo(3), distressBefore: 5 }),
    ];
    mockApi({
      'GET /moments': { moments, nextCursor: null },
      'GET /skills': { catalogueVersion: 1, skills: [skillFixture('box-breathing', 'Box breathing')] },
    });
    renderWithProviders(<HistoryScreen />, { path: '/history' });

    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      dayHeading(dayKey(moments[1]!.occurredAt), new Date()),
      dayHeading(dayKey(moments[0]!.occurredAt), new Date()),
    ]);
    const lists = screen.getAllByRole('list');
    const newest = within(lists[0]!).getByRole('link');
    expect(newest.getAttribute('href')).toBe('/history/b');
    expect(await within(lists[0]!).findByText('Box breathing')).toBeTruthy();
    expect(newest.textContent).toContain('distress 8 → 4');
    const older = within(lists[1]!).getAllByRole('link');
    expect(older.map((link) => link.getAttribute('href'))).toEqual(['/history/a', '/history/c']);
    expect(older[1]!.textContent).toContain('5 → add after');
  });

  it('is kind when there is nothing yet', async () => {
    mockApi({ 'GET /moments': { moments: [], nextCursor: null }, 'GET /skills': { catalogueVersion: 1, skills: [] } });
    renderWithProviders(<HistoryScreen />, { path: '/history' });
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
  });

  it('loads more with the cursor', async () => {
    const { calls } = mockApi({
      'GET /moments': (_, url) => url.searchParams.get('cursor')
        ? { moments: [momentFixture({ id: 'old', occurredAt: daysAgo(40) })], nextCursor: null }
        : { moments: [momentFixture({ id: 'new', occurredAt: hoursAgo(1) })], nextCursor: 'next-page' },
      'GET /skills': { catalogueVersion: 1, skills: [] },
    });
    renderWithProviders(<Routes><Route path="/history" element={<HistoryScreen />} /></Routes>, { path: '/history' });
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findAllByRole('link', { name: /distress/ })).toHaveLength(2);
    expect(calls.filter((call) => call.path === '/moments')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});

describe('HistoryScreen with moments kept on this device', () => {
  const me = accountFixture();

  beforeEach(async () => {
    for (const entry of await listEntries()) await removeEntry(entry.id);
  });

  it('lists waiting moments at the top, calmly marked, and a server copy only once', async () => {
    const now = new Date();
    await queueMoment('u1', outboxBody({ distressBefore: 9, skillIds: ['box-breathing'] }, now), now);
    const alreadyThere = await queueMoment('u1', outboxBody({ distressBefore: 4 }, now), now);
    await queueMoment('someone-else', outboxBody({ distressBefore: 2 }, now), now);
    mockApi({
      'GET /me': me,
      'GET /moments': { moments: [momentFixture({ id: alreadyThere.entry.id, occurredAt: hoursAgo(1), distressBefore: 4 })], nextCursor: null },
      'GET /skills': { catalogueVersion: 1, skills: [skillFixture('box-breathing', 'Box breathing')] },
    });
    renderWithProviders(<HistoryScreen />, { path: '/history' });

    const section = await screen.findByRole('region', { name: 'On this device' });
    const rows = within(section).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('distress 9 → add after');
    expect(rows[0]!.textContent).toContain('Waiting to be sent');
    expect(await within(rows[0]!).findByText('Box breathing')).toBeTruthy();
    expect(within(section).queryByRole('link')).toBeNull();
    expect(screen.getAllByRole('link', { name: /distress 4/ })).toHaveLength(1);
    expect(document.body.textContent).not.toMatch(/fail|error/i);
  });

  it('shows what the server asked to change, with a way to fix it in the full log or remove it', async () => {
    const now = new Date();
    const { entry } = await queueMoment('u1', outboxBody({ distressBefore: 6, skillIds: ['gone-skill'] }, now), now);
    await updateEntry(entry.id, (stored) => ({ ...stored, refused: { message: 'Some fields need another look.', fields: { 'skillIds.0': 'is not one of your skills' } } }));
    mockApi({
      'GET /me': me,
      'GET /moments': { moments: [], nextCursor: null },
      'GET /skills': { catalogueVersion: 1, skills: [] },
    });
    const user = userEvent.setup();
    renderWithProviders(<HistoryScreen />, { path: '/history' });

    expect(await screen.findByText('Needs a change before it can be sent')).toBeTruthy();
    expect(screen.getByText(/asked for a change before it can keep this one: Some fields need another look/)).toBeTruthy();
    expect(screen.getByText('What you did: is not one of your skills')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open in the full log' }).getAttribute('href')).toBe(`/log?fix=${entry.id}`);
    expect(screen.queryByText(/Nothing here yet/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep it' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'On this device' })).toBeNull());
    expect(await listEntries()).toEqual([]);
  });

  it('says calmly that earlier moments show once the server is back', async () => {
    mockApi({
      'GET /me': me,
      'GET /moments': () => Response.json({ error: { code: 'http_503', message: 'Unavailable', fields: {} } }, { status: 503 }),
      'GET /skills': { catalogueVersion: 1, skills: [] },
    });
    renderWithProviders(<HistoryScreen />, { path: '/history' });
    expect(await screen.findByText('Your earlier moments will show here once Mend can reach its server.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
