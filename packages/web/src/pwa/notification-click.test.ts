import fs from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';

/** The service worker's tap handler, exactly as the built sw.js imports it, run against a fake worker. */
const SCRIPT = fs.readFileSync(new URL('../../public/notification-click.js', import.meta.url), 'utf8');
const ORIGIN = 'https://mend.example';

interface FakeWindow { url: string; focused: boolean; focus: ReturnType<typeof vi.fn>; navigate: ReturnType<typeof vi.fn> }

function fakeWindow(url: string, { focused = false, controlled = true } = {}): FakeWindow {
  const client: FakeWindow = {
    url, focused,
    focus: vi.fn(async () => client),
    navigate: vi.fn(async (to: string) => {
      if (!controlled) throw new TypeError('not controlled');
      client.url = to;
      return client;
    }),
  };
  return client;
}

function worker(windows: FakeWindow[] = []) {
  const listeners = new Map<string, (event: unknown) => void>();
  const clients = {
    matchAll: vi.fn(async () => windows),
    openWindow: vi.fn(async (url: string) => fakeWindow(url)),
  };
  const self = { location: { origin: ORIGIN }, clients, addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener) };
  vm.runInNewContext(SCRIPT, { self, URL });
  /** A tap on a notification carrying `data`; resolves once the handler's work is done. */
  const tap = async (data: unknown) => {
    const close = vi.fn();
    let work: Promise<unknown> = Promise.resolve();
    listeners.get('notificationclick')!({ notification: { data, close }, waitUntil: (promise: Promise<unknown>) => { work = promise; } });
    await work;
    return close;
  };
  return { tap, clients, listens: [...listeners.keys()] };
}

describe('notification-click.js (in the service worker)', () => {
  it('listens for taps on notifications only', () => {
    expect(worker().listens).toEqual(['notificationclick']);
  });

  it('closes the notification and opens Mend at its path when no Mend window is open', async () => {
    const { tap, clients } = worker([fakeWindow('https://elsewhere.example/path')]);
    const close = await tap({ url: '/path' });
    expect(close).toHaveBeenCalledOnce();
    expect(clients.matchAll).toHaveBeenCalledWith({ type: 'window', includeUncontrolled: true });
    expect(clients.openWindow).toHaveBeenCalledWith(`${ORIGIN}/path`);
  });

  it('brings an open Mend window forward and takes it to the path, preferring one already there', async () => {
    const other = fakeWindow(`${ORIGIN}/insights`);
    const focused = fakeWindow(`${ORIGIN}/`, { focused: true });
    const first = worker([other, focused]);
    await first.tap({ url: '/path' });
    expect(focused.focus).toHaveBeenCalledOnce();
    expect(focused.navigate).toHaveBeenCalledWith(`${ORIGIN}/path`);
    expect(other.focus).not.toHaveBeenCalled();
    expect(first.clients.openWindow).not.toHaveBeenCalled();

    const there = fakeWindow(`${ORIGIN}/path`);
    await worker([fakeWindow(`${ORIGIN}/`, { focused: true }), there]).tap({ url: '/path' });
    expect(there.focus).toHaveBeenCalledOnce();
    expect(there.navigate).not.toHaveBeenCalled();
  });

  it('leaves a window it cannot navigate where it is, in front', async () => {
    const uncontrolled = fakeWindow(`${ORIGIN}/settings`, { controlled: false });
    await expect(worker([uncontrolled]).tap({ url: '/' })).resolves.toBeDefined();
    expect(uncontrolled.focus).toHaveBeenCalledOnce();
    expect(uncontrolled.url).toBe(`${ORIGIN}/settings`);
  });

  it.each([
    ['another site', { url: 'https://elsewhere.example/path' }],
    ['a protocol-relative address', { url: '//elsewhere.example/path' }],
    ['a backslash host', { url: '/\\elsewhere.example/path' }],
    ['a script address', { url: 'javascript:alert(1)' }],
    ['a relative path', { url: 'path' }],
    ['no url', {}],
    ['a url that is not text', { url: 42 }],
    ['no data at all', null],
  ])('opens the start page for %s, never anywhere else', async (_name, data) => {
    const { tap, clients } = worker();
    await tap(data);
    expect(clients.openWindow).toHaveBeenCalledWith(`${ORIGIN}/`);
  });

  it('keeps the query of a path in Mend', async () => {
    const { tap, clients } = worker();
    await tap({ url: '/now?distress=3' });
    expect(clients.openWindow).toHaveBeenCalledWith(`${ORIGIN}/now?distress=3`);
  });
});
