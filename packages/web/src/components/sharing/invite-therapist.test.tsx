// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { InviteTherapist } from './invite-therapist';

const created = (body: unknown) => ({
  id: 'i9', ...(body as object), createdAt: '2026-12-01T10:00:00.000Z', expiresAt: '2026-12-08T10:00:00.000Z',
  code: 'ABCD-EFGH-IJKL', url: 'http://mend.test/invite#ABCD-EFGH-IJKL',
});

describe('InviteTherapist', () => {
  it('sends what is ticked and until when, then shows the code and link once', async () => {
    const { calls } = mockApi({ 'POST /sharing/invites': created, 'GET /sharing': { shares: [], invites: [] } });
    const user = userEvent.setup();
    renderWithProviders(<InviteTherapist />);
    const what = screen.getByRole('group', { name: 'What they can see' });
    expect(within(what).getByText(/numbers, tags and skill names — none of your notes\.$/)).toBeTruthy();
    expect(within(what).getByText(/as it stands whenever they look/)).toBeTruthy();
    // Nothing is ticked for the person: sharing is chosen, never assumed.
    expect(within(what).getAllByRole('checkbox').every((box) => !(box as HTMLInputElement).checked)).toBe(true);

    await user.click(within(what).getByRole('checkbox', { name: 'Summary and insights' }));
    await user.click(within(what).getByRole('checkbox', { name: 'Moments' }));
    await user.click(screen.getByRole('radio', { name: /^1 month from today \(until .+\)$/ }));
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Make an invite' }));

    expect(await screen.findByText('ABCD-EFGH-IJKL')).toBeTruthy();
    expect(screen.getByText('http://mend.test/invite#ABCD-EFGH-IJKL')).toBeTruthy();
    expect(screen.getByText(/Mend shows it only this once\./)).toBeTruthy();
    expect(screen.getByText(/It works once, within 7 days/)).toBeTruthy();
    // The secret is not in a live region, so a screen reader doesn't announce it on top of reading it.
    expect(screen.getByText('ABCD-EFGH-IJKL').closest('[role="status"], [aria-live]')).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toContain('ABCD-EFGH-IJKL'));
    const post = calls.find((call) => call.method === 'POST')!;
    const body = post.body as { scopes: string[]; until: string };
    expect(body.scopes).toEqual(['summary', 'moments']);
    const days = (Date.parse(body.until) - before) / 86_400_000;
    expect(days).toBeGreaterThan(27);
    expect(days).toBeLessThan(32);
    // The form starts empty again for the next invite.
    expect(within(screen.getByRole('group', { name: 'What they can see' })).getAllByRole('checkbox').some((box) => (box as HTMLInputElement).checked)).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByText('ABCD-EFGH-IJKL')).toBeNull();
  });

  it('ticks moments with what you wrote, and needs at least one choice', async () => {
    const { calls } = mockApi({ 'POST /sharing/invites': created });
    const user = userEvent.setup();
    renderWithProviders(<InviteTherapist />);
    await user.click(screen.getByRole('button', { name: 'Make an invite' }));
    expect(screen.getByText('Tick at least one thing to share.')).toBeTruthy();
    expect(calls).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: 'What you wrote too' }));
    expect((screen.getByRole('checkbox', { name: 'Moments' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Moments' }));
    expect((screen.getByRole('checkbox', { name: 'What you wrote too' }) as HTMLInputElement).checked).toBe(false);
  });

  it('a year is 365 days, within what the server allows', async () => {
    const { calls } = mockApi({ 'POST /sharing/invites': created, 'GET /sharing': { shares: [], invites: [] } });
    const user = userEvent.setup();
    renderWithProviders(<InviteTherapist />);
    await user.click(screen.getByRole('checkbox', { name: 'Safety plan' }));
    await user.click(screen.getByRole('radio', { name: /^1 year/ }));
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Make an invite' }));
    await screen.findByText('ABCD-EFGH-IJKL');
    const { until } = calls.find((call) => call.method === 'POST')!.body as { until: string };
    expect(Math.round((Date.parse(until) - before) / 86_400_000)).toBe(365);
  });

  it('shows the server’s word on “until” beside the duration', async () => {
    mockApi({
      'POST /sharing/invites': () => Response.json({ error: { code: 'validation', message: 'Some fields need another look.', fields: { until: 'must be at most 366 days ahead' } } }, { status: 400 }),
    });
    const user = userEvent.setup();
    renderWithProviders(<InviteTherapist />);
    await user.click(screen.getByRole('checkbox', { name: 'Safety plan' }));
    await user.click(screen.getByRole('button', { name: 'Make an invite' }));
    const group = screen.getByRole('group', { name: 'For how long' });
    await waitFor(() => expect(within(group).getByText('must be at most 366 days ahead')).toBeTruthy());
  });
});
