// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { onlineManager, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../api/keys';
import { createQueryClient } from '../api/query-client';
import { AppRoutes } from '../app';
import { markLocked } from '../lib/device-session';
import { listEntries, outboxBody, queueMoment, removeEntry } from '../offline/outbox';
import { sendOutbox } from '../offline/outbox-sync';
import { markReachable } from '../offline/reachability';
import { accountFixture, mockApi, skillFixture } from '../test/mock-api';
import '../test/render';

const me = accountFixture();
const skills = [skillFixture('box-breathing', 'Box breathing', { steps: ['Breathe in for four.', 'Hold for four.'] })];

/** The app as it opens with answers remembered on this device (what the persister restores). */
function openRemembered(path: string, remembered: { me?: unknown; skills?: unknown } = { me, skills }) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  if (remembered.me !== undefined) client.setQueryData(queryKeys.me, remembered.me, { updatedAt: Date.now() - 60 * 60 * 1000 });
  if (remembered.skills !== undefined) client.setQueryData(queryKeys.skills, remembered.skills, { updatedAt: Date.now() - 60 * 60 * 1000 });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}><AppRoutes /></MemoryRouter>
    </QueryClientProvider>,
  );
}

const serverDown = () => vi.stubGlobal('fetch', vi.fn(async () => {
  throw new TypeError('Failed to fetch');
}));

beforeEach(async () => {
  markReachable();
  for (const entry of await listEntries()) await removeEntry(entry.id);
});
afterEach(async () => {
  onlineManager.setOnline(true);
  // Let a send the app started finish against the stubbed network, before the stubs go.
  cleanup();
  await sendOutbox('u1');
});

describe('signed in, with the server unreachable', () => {
  it('opens the quick log for a remembered person, with a calm notice and the waiting count', async () => {
    const now = new Date();
    await queueMoment('u1', outboxBody({ distressBefore: 7 }, now), now);
    await queueMoment('u1', outboxBody({ distressBefore: 5 }, now), now);
    serverDown();
    openRemembered('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Box breathing' })).toBeTruthy();
    const notice = await screen.findByText(/Mend can’t reach its server right now\. What you log is kept here/);
    expect(notice.closest('[role="status"]')).toBeTruthy();
    expect(await screen.findByText('2 moments waiting to be sent.')).toBeTruthy();
    expect(screen.queryByText(/didn’t load/)).toBeNull();
  });

  it('opens a skill and its guided steps from the remembered toolkit', async () => {
    serverDown();
    openRemembered('/toolkit/box-breathing');
    expect(await screen.findByRole('heading', { level: 1, name: 'Box breathing' })).toBeTruthy();
    expect(screen.getByText('Hold for four.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/can’t reach its server/)).toBeTruthy());
    // No alarm over the remembered copy (the skill's forms keep empty alert regions ready).
    expect(screen.queryAllByRole('alert').map((alert) => alert.textContent).join('')).toBe('');
  });

  it('works the same when the browser says it is offline', async () => {
    onlineManager.setOnline(false);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    serverDown();
    openRemembered('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' })).toBeTruthy();
    expect(screen.getByText(/This device is offline\. What you log is kept here and sent when you’re back online\./)).toBeTruthy();
  });

  it('keeps "I need help now" free of the notice', async () => {
    serverDown();
    openRemembered('/help');
    expect(await screen.findByRole('heading', { level: 1, name: /carry this alone/ })).toBeTruthy();
    await new Promise((wait) => setTimeout(wait, 50));
    expect(screen.queryByText(/can’t reach its server/)).toBeNull();
  });

  it('keeps the lock screen free of the notice and the waiting count', async () => {
    const now = new Date();
    await queueMoment('u1', outboxBody({ distressBefore: 7 }, now), now);
    serverDown();
    markLocked();
    openRemembered('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mend is locked' })).toBeTruthy();
    await new Promise((wait) => setTimeout(wait, 50));
    expect(screen.queryByText(/can’t reach its server/)).toBeNull();
    expect(screen.queryByText(/waiting to be sent/)).toBeNull();
  });

  it('still signs out on a 401', async () => {
    mockApi({
      'GET /me': () => Response.json({ error: { code: 'unauthorized', message: 'Sign in first.', fields: {} } }, { status: 401 }),
      'GET /auth/setup': { needsOwner: false, registrationOpen: false },
    });
    openRemembered('/');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('says the device is offline, rather than loading forever, when nobody is remembered', async () => {
    onlineManager.setOnline(false);
    serverDown();
    openRemembered('/', {});
    expect(await screen.findByRole('heading', { level: 1, name: /can’t reach its server/ })).toBeTruthy();
    expect(screen.getByText('This device seems to be offline.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'I need help now' })).toBeTruthy();
  });
});
