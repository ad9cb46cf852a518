// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { AccountActivityScreen } from './account-activity-screen';

const event = (id: string, at: string, kind: string, detail: Record<string, string | number> = {}) => ({ id, at, kind, detail });

describe('AccountActivityScreen', () => {
  it('lists events newest first in plain words, and shows more on asking', async () => {
    const cursors: (string | null)[] = [];
    mockApi({
      'GET /audit-log': (_, url) => {
        const cursor = url.searchParams.get('cursor');
        cursors.push(cursor);
        return cursor === null
          ? {
            events: [
              event('e3', '2026-11-30T18:00:00Z', 'export', { format: 'csv', records: 'moments' }),
              event('e2', '2026-11-29T09:15:00Z', 'sign-in-new-device', { device: 'Firefox on Android' }),
            ],
            nextCursor: 'next',
          }
          : { events: [event('e1', '2026-11-01T10:00:00Z', 'token-created', { name: 'backup script' })], nextCursor: null };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<AccountActivityScreen />, { path: '/settings/activity' });
    expect(screen.getByRole('heading', { level: 1, name: 'Account activity' })).toBeTruthy();

    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem').map((item) => item.querySelector('.activity-words')?.textContent)).toEqual([
      'You exported your moments as CSV',
      'Signed in on a new device: Firefox on Android',
    ]);
    expect(list.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-30T18:00:00Z');

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByText('A personal access token was created: backup script');
    expect(cursors).toEqual([null, 'next']);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says so calmly when there is nothing yet', async () => {
    mockApi({ 'GET /audit-log': { events: [], nextCursor: null } });
    renderWithProviders(<AccountActivityScreen />, { path: '/settings/activity' });
    await screen.findByText(/Nothing yet/);
  });
});
