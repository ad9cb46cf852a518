// @vitest-environment happy-dom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../app';
import { accountFixture, mockApi, type ApiCallRecord } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { sharedPersonFixture } from '../test/sharing-fixture';

/** The screens load lazily: on a busy machine the first render can take more than the default second. */
const SLOW = { timeout: 5000 };

const CODE = 'K7QW-2M9X-PL4R-8ZTB';
const signedOut = () => Response.json({ error: { code: 'unauthorized', message: 'Sign in first.', fields: {} } }, { status: 401 });
const therapist = accountFixture({ id: 't1', name: 'dr-lee', role: 'therapist' });
const notFound = () => Response.json({ error: { code: 'invite_not_found', message: 'No such invite.', fields: {} } }, { status: 404 });

/** The code may travel only in a request body: never in an address (path, query or anything else in the URL fetched). */
function expectCodeOnlyInBodies({ calls, fetchMock }: { calls: ApiCallRecord[]; fetchMock: { mock: { calls: unknown[][] } } }) {
  const urls = fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://mend.test').href);
  expect(urls).toHaveLength(calls.length);
  expect(urls.filter((url) => url.includes(CODE) || url.includes(encodeURIComponent(CODE)))).toEqual([]);
  return calls.filter((call) => JSON.stringify(call.body ?? null).includes(CODE));
}

/** Where the app's router is, and a way to open another address in the same tab. */
const router: { location?: Location; navigate?: NavigateFunction } = {};
function RouterProbe() {
  router.location = useLocation();
  router.navigate = useNavigate();
  return null;
}
const withProbe = (
  <>
    <AppRoutes />
    <RouterProbe />
  </>
);

describe('InviteScreen at /invite#code', () => {
  it('signed out: makes a therapist account with the code from the link, with help one tap away', async () => {
    const api = mockApi({
      'GET /me': signedOut,
      'POST /auth/register-therapist': therapist,
      'GET /therapist/people': { people: [sharedPersonFixture()] },
    });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { path: `/invite#${CODE}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'An invite to see what someone shares' }, SLOW)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'I need help now' })[0]!.getAttribute('href')).toBe('/help');
    expect((screen.getByLabelText('Invite code') as HTMLInputElement).value).toBe(CODE);

    await user.type(screen.getByLabelText('Name'), 'dr-lee');
    await user.type(screen.getByLabelText('Password'), 'a long therapist password');
    await user.click(screen.getByRole('button', { name: 'Create account and accept' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You’re connected' }, SLOW)).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' }).textContent).toBe('PeopleSettingsHelp');
    expect(expectCodeOnlyInBodies(api)).toEqual([
      { method: 'POST', path: '/auth/register-therapist', body: { name: 'dr-lee', password: 'a long therapist password', code: CODE } },
    ]);
  });

  it('a used or expired code gets one calm answer', async () => {
    mockApi({ 'GET /me': signedOut, 'POST /auth/register-therapist': notFound });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { path: `/invite#${CODE}` });
    await user.type(await screen.findByLabelText('Name', {}, SLOW), 'dr-lee');
    await user.type(screen.getByLabelText('Password'), 'a long therapist password');
    await user.click(screen.getByRole('button', { name: 'Create account and accept' }));
    expect(await screen.findByText(/This invite doesn’t work any more\. .* Ask the person for a new one\./, {}, SLOW)).toBeTruthy();
  });

  it('signed in as a therapist: Accept, then the person’s summary is one tap away', async () => {
    const api = mockApi({
      'GET /me': therapist,
      'POST /therapist/invites': sharedPersonFixture(),
    });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { path: `/invite#${CODE}` });
    await user.click(await screen.findByRole('button', { name: 'Accept' }, SLOW));
    expect(await screen.findByText(/ana shares their summary and insights and moments with you\./, {}, SLOW)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open ana’s summary' }).getAttribute('href')).toBe('/people/p1');
    expect(expectCodeOnlyInBodies(api)).toEqual([{ method: 'POST', path: '/therapist/invites', body: { code: CODE } }]);
  });

  it('signed in as a person: says the link is for their therapist, and sends nothing', async () => {
    const api = mockApi({ 'GET /me': accountFixture({ role: 'person' }) });
    renderWithProviders(<AppRoutes />, { path: `/invite#${CODE}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is for your therapist' }, SLOW)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(expectCodeOnlyInBodies(api)).toEqual([]);
  });

  it('signs in first, then accepts', async () => {
    const api = mockApi({ 'GET /me': signedOut, 'POST /auth/login': therapist, 'POST /therapist/invites': notFound });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { path: `/invite#${CODE}` });
    await user.click(await screen.findByRole('button', { name: 'Sign in first' }, SLOW));
    await user.type(screen.getByLabelText('Name'), 'dr-lee');
    await user.type(screen.getByLabelText('Password'), 'a long therapist password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.click(await screen.findByRole('button', { name: 'Accept' }, SLOW));
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toMatch(/doesn’t work any more/);
    expect(expectCodeOnlyInBodies(api).map((call) => call.path)).toEqual(['/therapist/invites']);
  });

  it('takes the code out of the address once read, keeping it in the field', async () => {
    mockApi({ 'GET /me': signedOut });
    renderWithProviders(withProbe, { path: `/invite#${CODE}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'An invite to see what someone shares' }, SLOW)).toBeTruthy();
    expect((screen.getByLabelText('Invite code') as HTMLInputElement).value).toBe(CODE);
    expect(router.location?.pathname).toBe('/invite');
    expect(router.location?.hash).toBe('');
    expect(router.location?.search).toBe('');
    expect(JSON.stringify(router.location)).not.toContain(`#${CODE}`);
  });

  it('a second link opened in the same tab starts afresh, with its own code', async () => {
    const NEXT = 'Z9Y8-X7W6-V5U4-T3S2';
    const api = mockApi({
      'GET /me': therapist,
      'POST /therapist/invites': (body) => sharedPersonFixture((body as { code: string }).code === NEXT ? { personId: 'p2', name: 'ben' } : {}),
    });
    const user = userEvent.setup();
    renderWithProviders(withProbe, { path: `/invite#${CODE}` });
    await user.click(await screen.findByRole('button', { name: 'Accept' }, SLOW));
    expect(await screen.findByText(/ana shares their/, {}, SLOW)).toBeTruthy();

    await act(async () => {
      await router.navigate!(`/invite#${NEXT}`);
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'An invite to see what someone shares' }, SLOW)).toBeTruthy();
    expect((screen.getByLabelText('Invite code') as HTMLInputElement).value).toBe(NEXT);
    expect(router.location?.hash).toBe('');
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText(/ben shares their/, {}, SLOW)).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'POST').map((call) => call.body)).toEqual([{ code: CODE }, { code: NEXT }]);
  });
});
