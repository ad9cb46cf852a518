// Part of Mend's service worker: the sw.js workbox generates loads it with importScripts
// (packages/web/vite.config.ts). A tap on a reminder brings Mend forward at the place the
// reminder points to (`data.url`, set by src/lib/reminders-notify.ts), and never anywhere else.
'use strict';

((worker) => {
  /** The notification's own path on this Mend; anything else (another site, no path) is the start page. */
  const notificationTarget = (data, origin) => {
    const url = data && typeof data.url === 'string' ? data.url : '';
    // A path, not "//elsewhere.example" or "/\elsewhere.example", which browsers read as another host.
    if (url[0] !== '/' || url[1] === '/' || url[1] === '\\') return `${origin}/`;
    try {
      const target = new URL(url, origin);
      return target.origin === origin ? target.href : `${origin}/`;
    } catch {
      return `${origin}/`;
    }
  };

  /** A Mend window already there is brought forward (one at the target first); else one opens. */
  const openMend = async (target, origin) => {
    const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const mend = windows.filter((client) => new URL(client.url).origin === origin);
    const open = mend.find((client) => client.url === target) ?? mend.find((client) => client.focused) ?? mend[0];
    if (!open) {
      await worker.clients.openWindow(target);
      return;
    }
    const focused = (await open.focus().catch(() => null)) ?? open;
    if (focused.url === target) return;
    // A window this worker does not control yet cannot be sent elsewhere; it is in front, at least.
    await focused.navigate(target).catch(() => undefined);
  };

  worker.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const origin = worker.location.origin;
    event.waitUntil(openMend(notificationTarget(event.notification.data, origin), origin));
  });
})(self);
