// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { dayHeading, dayKey } from '../lib/group-by-day';
import { mockApi, momentFixture, skillFixture } from '../test/mock-api';
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
