/**
 * What the reminders remember on this device: the day "Not today" was chosen, and which
 * notifications were already shown, so none comes twice.
 */
const DISMISSED_KEY = 'mend.reminders.not-today';
const NOTIFIED_KEY = 'mend.reminders.notified';
/** Enough for weeks of reminders; older keys can never match again. */
const KEEP_NOTIFIED = 60;

export function dismissedPracticeDay(): string | null {
  try {
    return localStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

export function dismissPracticeFor(day: string): void {
  try {
    localStorage.setItem(DISMISSED_KEY, day);
  } catch {
    // Private mode or full storage: the banner just comes back next time.
  }
}

function notifiedKeys(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(NOTIFIED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

export function wasNotified(key: string): boolean {
  return notifiedKeys().includes(key);
}

export function rememberNotified(key: string): void {
  const keys = notifiedKeys().filter((each) => each !== key);
  keys.push(key);
  try {
    localStorage.setItem(NOTIFIED_KEY, JSON.stringify(keys.slice(-KEEP_NOTIFIED)));
  } catch {
    // Without storage a notification may come again after a reload.
  }
}
