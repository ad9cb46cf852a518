// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CATALOGUE_VERSION, DEFAULT_PREFERENCES, emptySafetyPlan, EXPORT_FORMAT, EXPORT_VERSION } from '@mend/core';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from '../api/persist-queries';
import { AuthGate } from '../layout/auth-gate';
import { readDeviceSafetyPlan, writeDeviceSafetyPlan } from '../lib/device-safety-plan';
import { listEntries, outboxBody, queueMoment } from '../offline/outbox';
import { accountFixture, mockApi } from '../test/mock-api';
import '../test/render';
import { DeleteAccount } from './delete-account';

const ME = accountFixture({ id: 'u-delete', role: 'person' });
const planFixture = { ...emptySafetyPlan(), version: 1, savedAt: '2026-11-22T10:00:00Z' };

function renderInApp() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/settings']}>
        <Routes>
          <Route element={<AuthGate />}>
            <Route index element={<p>Home</p>} />
            <Route path="settings" element={<DeleteAccount />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return queryClient;
}

describe('DeleteAccount', () => {
  it('deletes after the password, forgets everything on the device, and says so calmly on the start screen', async () => {
    let signedIn = true;
    const { calls } = mockApi({
      'GET /me': () => (signedIn ? ME : Response.json({ error: { code: 'unauthenticated', message: 'Sign in', fields: {} } }, { status: 401 })),
      'GET /auth/setup': { needsOwner: false, registrationOpen: false },
      'DELETE /me': () => {
        signedIn = false;
        return new Response(null, { status: 204 });
      },
    });
    localStorage.setItem(STORAGE_KEY, '{"remembered":true}');
    localStorage.setItem('mend.reminders.not-today', '2026-11-22');
    localStorage.setItem('mend.help.country', 'IE');
    sessionStorage.setItem('mend.practice-draft.box-breathing', '{}');
    writeDeviceSafetyPlan(planFixture as never, {});
    expect(readDeviceSafetyPlan()).not.toBeNull();
    await queueMoment(ME.id, outboxBody({ distressBefore: 5 }, new Date()), new Date());
    await queueMoment('someone-else', outboxBody({ distressBefore: 4 }, new Date()), new Date());

    const user = userEvent.setup();
    const queryClient = renderInApp();
    const button = await screen.findByRole('button', { name: 'Delete my account and everything in it' });
    expect(screen.getByText(/every moment and check-in/)).toBeTruthy();

    await user.click(button);
    expect(screen.getByText('Type your password to confirm it’s you.')).toBeTruthy();
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    await user.type(screen.getByLabelText('Your password, to confirm'), 'my long password');
    await user.click(button);

    expect(await screen.findByText(/Your account and everything in it are deleted/)).toBeTruthy();
    expect(calls.filter((call) => call.method === 'DELETE')).toEqual([{ method: 'DELETE', path: '/me', body: { password: 'my long password' } }]);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem('mend.reminders.not-today')).toBeNull();
    expect(localStorage.getItem('mend.help.country')).toBe('IE');
    expect(sessionStorage.getItem('mend.practice-draft.box-breathing')).toBeNull();
    expect(readDeviceSafetyPlan()).toBeNull();
    expect(await listEntries(ME.id)).toEqual([]);
    expect(await listEntries('someone-else')).toHaveLength(1);
    expect(queryClient.getQueryData(['me'])).toBeNull();
    expect(screen.queryByText('Home')).toBeNull();
  });

  it('says a wrong password plainly and keeps everything', async () => {
    mockApi({
      'GET /me': ME,
      'DELETE /me': Response.json({ error: { code: 'forbidden', message: 'That password is not right, so nothing was deleted.', fields: { password: 'does not match this account' } } }, { status: 403 }),
    });
    localStorage.setItem(STORAGE_KEY, '{"remembered":true}');
    const user = userEvent.setup();
    renderInApp();
    await user.type(await screen.findByLabelText('Your password, to confirm'), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Delete my account and everything in it' }));
    expect(await screen.findByText('That password isn’t right. Nothing was deleted.')).toBeTruthy();
    expect(screen.getByLabelText('Your password, to confirm').getAttribute('aria-invalid')).toBe('true');
    expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();
  });

  it('shows why the owner cannot go yet', async () => {
    mockApi({
      'GET /me': { ...ME, role: 'owner' },
      'DELETE /me': Response.json({ error: { code: 'conflict', message: 'You are the owner: you look after this Mend.', fields: {} } }, { status: 409 }),
    });
    const user = userEvent.setup();
    renderInApp();
    await user.type(await screen.findByLabelText('Your password, to confirm'), 'my long password');
    await user.click(screen.getByRole('button', { name: 'Delete my account and everything in it' }));
    expect(await screen.findByText('You are the owner: you look after this Mend.')).toBeTruthy();
  });

  it('downloads the export first as a dated file', async () => {
    const exported = {
      format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2026-11-22T10:00:00.000Z', catalogueVersion: CATALOGUE_VERSION,
      account: { name: 'ana' }, customSkills: [], classifications: [], moments: [], preferences: { ...DEFAULT_PREFERENCES },
      followUpSkips: [], safetyPlanVersions: [], practices: [], path: null, selfChecks: [],
    };
    const { calls } = mockApi({ 'GET /me': ME, 'GET /export': exported });
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:mend'), revokeObjectURL: () => {} }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const user = userEvent.setup();
    renderInApp();
    await user.click(await screen.findByRole('button', { name: 'Download my data first' }));
    await waitFor(() => expect(screen.getByText('Your copy is saved on this device.')).toBeTruthy());
    expect(calls.some((call) => call.path === '/export')).toBe(true);
    expect(clicked).toEqual([`mend-export-${new Date().toISOString().slice(0, 10)}.json`]);
    expect(JSON.parse(await blobs[0]!.text())).toEqual(exported);
    click.mockRestore();
  });
});
