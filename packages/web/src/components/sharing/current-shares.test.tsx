// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { inviteFixture, shareFixture } from '../../test/sharing-fixture';
import { longDay } from '../../lib/share-words';
import { CurrentShares } from './current-shares';

describe('CurrentShares', () => {
  it('lists who sees what and until when, and changes a share from the same form, filled in', async () => {
    let shares = [shareFixture()];
    const { calls } = mockApi({
      'GET /sharing': () => ({ shares, invites: [] }),
      'PUT /sharing/s1': (body) => {
        shares = [shareFixture(body as Record<string, unknown>)];
        return shares[0];
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<CurrentShares />);
    const row = (await screen.findByRole('heading', { level: 3, name: 'dr-lee' })).closest('li')!;
    expect(row.textContent).toContain(`Sees your summary and insights and moments, until ${longDay('2027-03-01T10:00:00.000Z')}.`);

    await user.click(within(row).getByRole('button', { name: 'Change what dr-lee sees' }));
    expect((within(row).getByRole('checkbox', { name: 'Summary and insights' }) as HTMLInputElement).checked).toBe(true);
    expect((within(row).getByRole('checkbox', { name: 'Moments' }) as HTMLInputElement).checked).toBe(true);
    expect((within(row).getByRole('checkbox', { name: 'Safety plan' }) as HTMLInputElement).checked).toBe(false);
    // Changing only what is shared keeps the end date: the first choice, picked already.
    const radios = within(within(row).getByRole('group', { name: 'For how long' })).getAllByRole('radio') as HTMLInputElement[];
    expect(radios[0]!.checked).toBe(true);
    expect(screen.getByRole('radio', { name: `Keep the end date (until ${longDay('2027-03-01T10:00:00.000Z')})` })).toBe(radios[0]);
    await user.click(within(row).getByRole('checkbox', { name: 'Moments' }));
    await user.click(within(row).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/dr-lee now sees your summary and insights, until .+ It takes effect at once\./));
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ scopes: ['summary'], until: '2027-03-01T10:00:00.000Z' });
  });

  it('a new length in “Change” says the day it leads to, and counts from today', async () => {
    const { calls } = mockApi({
      'GET /sharing': { shares: [shareFixture()], invites: [] },
      'PUT /sharing/s1': (body) => shareFixture(body as Record<string, unknown>),
    });
    const user = userEvent.setup();
    renderWithProviders(<CurrentShares />);
    await user.click(await screen.findByRole('button', { name: 'Change what dr-lee sees' }));
    const twoWeeks = new Date();
    twoWeeks.setDate(twoWeeks.getDate() + 14);
    await user.click(screen.getByRole('radio', { name: `2 weeks from today (until ${longDay(twoWeeks.toISOString())})` }));
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    const body = calls.find((call) => call.method === 'PUT')!.body as { scopes: string[]; until: string };
    expect(body.scopes).toEqual(['summary', 'moments']);
    expect(Math.abs(Date.parse(body.until) - before - 14 * 86_400_000)).toBeLessThan(2 * 3_600_000);
  });

  it('asks before stopping, with keeping it as the focused choice, then says it takes effect at once', async () => {
    let shares = [shareFixture()];
    const { calls } = mockApi({
      'GET /sharing': () => ({ shares, invites: [] }),
      'DELETE /sharing/s1': () => {
        shares = [];
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<CurrentShares />);
    const opener = await screen.findByRole('button', { name: 'Stop sharing with dr-lee' });
    await user.click(opener);
    const question = screen.getByRole('group', { name: 'Stop sharing with dr-lee?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Keep sharing' }));
    // Neither choice is pushed: both look alike.
    expect(within(question).getAllByRole('button').map((button) => button.className)).toEqual(['button-secondary', 'button-secondary']);
    expect(question.textContent).toContain('They can’t load anything new from now on. What they have already seen or printed stays with them.');
    await user.click(within(question).getByRole('button', { name: 'Keep sharing' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stop sharing with dr-lee' }));
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Stop sharing with dr-lee' }));
    await user.click(screen.getByRole('button', { name: 'Stop sharing' }));
    expect((await screen.findByText(/You’ve stopped sharing with dr-lee\./)).textContent).toBe(
      'You’ve stopped sharing with dr-lee. It takes effect at once. They can’t load anything new from now on. What they have already seen or printed stays with them.',
    );
    expect(await screen.findByText('You’re not sharing with anyone.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'DELETE')).toEqual([{ method: 'DELETE', path: '/sharing/s1', body: undefined }]);
  });

  it('withdraws an invite nobody used', async () => {
    let invites = [inviteFixture()];
    const { calls } = mockApi({
      'GET /sharing': () => ({ shares: [], invites }),
      'DELETE /sharing/invites/i1': () => {
        invites = [];
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<CurrentShares />);
    expect((await screen.findByText(/The code works until/)).textContent).toBe(
      `Made ${longDay('2026-12-01T10:00:00.000Z')}: your summary and insights, until ${longDay('2027-01-01T10:00:00.000Z')}. The code works until ${longDay('2026-12-08T10:00:00.000Z')}.`,
    );
    await user.click(screen.getByRole('button', { name: /^Withdraw/ }));
    expect(await screen.findByText('Invite withdrawn. Its code no longer works.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Invites not used yet' })).toBeNull());
    expect(calls.some((call) => call.method === 'DELETE' && call.path === '/sharing/invites/i1')).toBe(true);
  });
});
