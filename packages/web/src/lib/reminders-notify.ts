/** Browser notifications, if this browser has them. Permission is only ever asked from a button. */
export type NotificationState = NotificationPermission | 'unsupported';

export function notificationState(): NotificationState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function askNotificationPermission(): Promise<NotificationState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
}

export interface ReminderNotice {
  /** One notification per tag: the browser replaces rather than stacks. */
  tag: string;
  title: string;
  body: string;
  /** Where a tap on it takes the person: a path in Mend, like "/path". */
  path: string;
}

/**
 * The options both kinds of notification get. `data.url` is what the service worker's tap handler
 * (public/notification-click.js) opens; it goes to Mend's start page for anything but a path here.
 */
function reminderOptions(notice: ReminderNotice): NotificationOptions {
  return { body: notice.body, tag: notice.tag, icon: '/icon-192.png', data: { url: notice.path } };
}

/**
 * Show one notification. The words say nothing about health beyond "a practice" or "a check-in":
 * a lock screen is not private. Through the service worker where there is one (phones need it),
 * else a plain Notification.
 */
export async function showReminderNotice(notice: ReminderNotice, open: (path: string) => void): Promise<void> {
  if (notificationState() !== 'granted') return;
  const options = reminderOptions(notice);
  try {
    const registration = await navigator.serviceWorker?.getRegistration?.();
    if (registration) {
      await registration.showNotification(notice.title, options);
      return;
    }
  } catch {
    // Fall through to a plain notification.
  }
  try {
    const shown = new Notification(notice.title, options);
    shown.onclick = () => {
      window.focus();
      open(notice.path);
      shown.close();
    };
  } catch {
    // Some browsers allow notifications only through a service worker; then none is shown.
  }
}
