// @vitest-environment happy-dom
import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { ReminderNotifications } from './reminder-notifications';
import { duePathFixture } from './reminders-fixture';

function stubNotifications(permission: NotificationPermission) {
  const shown: { title: string; options: NotificationOptions }[] = [];
  class FakeNotification {
    static permission = permission;
    static requestPermission = vi.fn(async () => permission);
    onclick: (() => void) | null = null;
    constructor(title: string, options: NotificationOptions) {
      shown.push({ title, options });
    }
    close() {}
  }
  vi.stubGlobal('Notification', FakeNotification);
  return shown;
}

const pending = {
  momentId: 'm1', occurredAt: new Date(Date.now() - 3 * 3600_000).toISOString(), dueAt: new Date(Date.now() - 3600_000).toISOString(),
  distressBefore: 8, distressAfter: null, skillIds: [],
};

function setup(path: object) {
  return mockApi({
    'GET /path': path as Record<string, unknown>,
    'GET /practices': { practices: [] },
    'GET /follow-ups/pending': { delayMinutes: 120, pending: [pending] },
  });
}

describe('ReminderNotifications', () => {
  it('shows one notification for today’s planned practice and one for a waiting check-in, never twice', async () => {
    const shown = stubNotifications('granted');
    const { calls } = setup(duePathFixture());
    const { unmount } = renderWithProviders(<ReminderNotifications />);
    await waitFor(() => expect(shown).toHaveLength(2));
    // data.url is where a tap takes the person (the service worker reads it): the path, or the start page for a check-in.
    expect(shown.map((each) => [each.title, each.options.body, each.options.tag, each.options.data]).sort((a, b) => String(b[2]).localeCompare(String(a[2])))).toEqual([
      ['Mend', 'A practice is planned for today, whenever you’re ready.', 'mend-practice', { url: '/path' }],
      ['Mend', 'How are you now? A check-in is waiting, whenever you like.', 'mend-check-in', { url: '/' }],
    ]);
    // Asked on a timer, whether or not anyone is there: never counted as use by the server.
    expect(calls.filter((call) => call.path !== '/path').map((call) => [call.path, call.background])).toEqual([
      ['/follow-ups/pending', true], ['/practices', true],
    ]);
    unmount();

    // Opened again the same day: nothing new.
    setup(duePathFixture());
    renderWithProviders(<ReminderNotifications />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shown).toHaveLength(2);
  });

  it('shows planned practice only when the plan asks for it; a waiting check-in still comes', async () => {
    localStorage.clear();
    const shown = stubNotifications('granted');
    setup(duePathFixture({}, { notify: false }));
    renderWithProviders(<ReminderNotifications />);
    await waitFor(() => expect(shown).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shown.map((each) => each.options.tag)).toEqual(['mend-check-in']);
  });

  it('asks the server nothing, and never for permission, when the browser has not allowed them', async () => {
    stubNotifications('default');
    const { calls } = setup(duePathFixture());
    renderWithProviders(<ReminderNotifications />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual([]);
    expect(Notification.requestPermission).not.toHaveBeenCalled();
  });
});
