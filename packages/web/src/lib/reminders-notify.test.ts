import { afterEach, describe, expect, it, vi } from 'vitest';
import { showReminderNotice, type ReminderNotice } from './reminders-notify';

const notice: ReminderNotice = { tag: 'mend-practice', title: 'Mend', body: 'A practice is planned for today, whenever you’re ready.', path: '/path' };

function stubNotification(permission: NotificationPermission) {
  const shown: { title: string; options: NotificationOptions; instance: { onclick: (() => void) | null; close: () => void } }[] = [];
  class FakeNotification {
    static permission = permission;
    onclick: (() => void) | null = null;
    close = vi.fn();
    constructor(title: string, options: NotificationOptions) {
      shown.push({ title, options, instance: this });
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return shown;
}

describe('showReminderNotice', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows it through the service worker with the path as data.url, for the worker’s tap handler', async () => {
    const plain = stubNotification('granted');
    const showNotification = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => ({ showNotification }) } });
    const open = vi.fn();
    await showReminderNotice(notice, open);
    expect(showNotification).toHaveBeenCalledWith('Mend', {
      body: notice.body, tag: 'mend-practice', icon: '/icon-192.png', data: { url: '/path' },
    });
    expect(plain).toEqual([]);
    expect(open).not.toHaveBeenCalled();
  });

  it('without a service worker, a plain notification opens the path in this tab when tapped', async () => {
    const plain = stubNotification('granted');
    vi.stubGlobal('navigator', {});
    vi.stubGlobal('window', { focus: vi.fn() });
    const open = vi.fn();
    await showReminderNotice({ ...notice, tag: 'mend-check-in', path: '/' }, open);
    expect(plain.map((each) => each.options.data)).toEqual([{ url: '/' }]);
    plain[0]!.instance.onclick?.();
    expect(open).toHaveBeenCalledWith('/');
    expect(plain[0]!.instance.close).toHaveBeenCalledOnce();
  });

  it('shows nothing unless the browser allows it', async () => {
    const plain = stubNotification('default');
    const showNotification = vi.fn();
    vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => ({ showNotification }) } });
    await showReminderNotice(notice, vi.fn());
    expect(showNotification).not.toHaveBeenCalled();
    expect(plain).toEqual([]);
  });
});
