// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { ReminderSettings } from './reminder-settings';
import { duePathFixture } from './reminders-fixture';

function stubNotifications(permission: NotificationPermission, answer: NotificationPermission) {
  const Fake = { permission, requestPermission: vi.fn(async () => answer) };
  vi.stubGlobal('Notification', Fake);
  return Fake;
}

describe('ReminderSettings', () => {
  it('asks for notification permission only from its button', async () => {
    const fake = stubNotifications('default', 'granted');
    mockApi({ 'GET /path': duePathFixture({}, { weekdays: [0, 3], time: '19:00' }) });
    const user = userEvent.setup();
    renderWithProviders(<ReminderSettings />);
    expect(screen.getByRole('heading', { level: 2, name: 'Reminders and calendar' })).toBeTruthy();
    expect(fake.requestPermission).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Allow notifications' }));
    expect(fake.requestPermission).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Notifications are allowed on this device.')).toBeTruthy();
    expect(await screen.findByText(/They are on for check-ins and for your plan: Monday and Thursday at 19:00\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Allow notifications' })).toBeNull();
  });

  it('says how to unblock them when the browser said no', () => {
    stubNotifications('denied', 'denied');
    mockApi({});
    renderWithProviders(<ReminderSettings />);
    expect(screen.getByText(/Notifications are blocked for Mend in this browser/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Allow notifications' })).toBeNull();
  });

  it('makes a calendar link shown once, copies it, and turns the feed off', async () => {
    stubNotifications('default', 'default');
    const url = 'https://mend.example/api/v1/calendar/3bT9xQ.ics';
    const { calls } = mockApi({
      'POST /path/calendar-feed': { url },
      'DELETE /path/calendar-feed': () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderWithProviders(<ReminderSettings />);

    await user.click(screen.getByRole('button', { name: 'Make a calendar link' }));
    expect(await screen.findByText(url)).toBeTruthy();
    expect(screen.getByText(/Mend shows it only this once/)).toBeTruthy();
    expect(screen.getByText(/New Calendar Subscription/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(await screen.findByText('Copied.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Turn the feed off' }));
    expect(await screen.findByText('The calendar feed is off. Its link no longer works.')).toBeTruthy();
    expect(screen.queryByText(url)).toBeNull();
    await waitFor(() => expect(calls.filter((call) => call.path === '/path/calendar-feed').map((call) => call.method)).toEqual(['POST', 'DELETE']));
  });
});
