// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { HistoryScreen } from './history-screen';
import { followUpTime } from '../lib/follow-ups';
import { mockApi, momentFixture } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { MomentScreen } from './moment-screen';

const existing = { at: '2026-11-02T23:40:00.000Z', distress: 5 };

function setUp(moment = momentFixture({ followUps: [existing] })) {
  const api = mockApi({
    'GET /moments/m1': moment,
    'PATCH /moments/m1': (body) => {
      const { baseVersion, ...changes } = body as { baseVersion: number };
      return { ...moment, ...changes, version: baseVersion + 1, updatedAt: '2026-11-03T09:00:00Z' };
    },
    'GET /moments': { moments: [], nextCursor: null },
    'GET /skills': { catalogueVersion: 1, skills: [] },
  });
  renderWithProviders(<Routes><Route path="/history/:id" element={<MomentScreen />} /></Routes>, { path: '/history/m1' });
  return api;
}

describe('MomentScreen follow-ups', () => {
  it('saves an added check-in with the others, oldest first', async () => {
    const user = userEvent.setup();
    const { calls } = setUp();
    const add = await screen.findByRole('group', { name: 'Add a check-in' });
    await user.click(within(add).getByRole('radio', { name: /^2 / }));
    fireEvent.change(within(add).getByLabelText('Time of check-in'), { target: { value: '2026-11-03T08:15' } });
    await user.click(within(add).getByRole('button', { name: 'Add check-in' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved.')).toBeTruthy();
    const patch = calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({ baseVersion: 1, followUps: [existing, { at: new Date(2026, 10, 3, 8, 15).toISOString(), distress: 2 }] });
  });

  it('keeps a level chosen but not added yet', async () => {
    const user = userEvent.setup();
    const { calls } = setUp(momentFixture());
    const add = await screen.findByRole('group', { name: 'Add a check-in' });
    await user.click(within(add).getByRole('radio', { name: /^4 / }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved.')).toBeTruthy();
    const patch = calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({ baseVersion: 1, followUps: [{ at: expect.any(String), distress: 4 }] });
  });

  it('shows a server problem with a check-in next to the section, and focuses that check-in', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /moments/m1': momentFixture({ followUps: [existing] }),
      'PATCH /moments/m1': Response.json(
        { error: { code: 'invalid_input', message: 'followUps.1.at must not be in the future', fields: { 'followUps.1.at': 'must not be in the future' } } },
        { status: 400 },
      ),
    });
    renderWithProviders(<Routes><Route path="/history/:id" element={<MomentScreen />} /></Routes>, { path: '/history/m1' });
    const add = await screen.findByRole('group', { name: 'Add a check-in' });
    await user.click(within(add).getByRole('radio', { name: /^1 / }));
    fireEvent.change(within(add).getByLabelText('Time of check-in'), { target: { value: '2099-01-01T10:00' } });
    await user.click(within(add).getByRole('button', { name: 'Add check-in' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const section = screen.getByRole('group', { name: 'Later check-ins' });
    const future = followUpTime(new Date(2099, 0, 1, 10, 0).toISOString());
    expect(await within(section).findByText(`The check-in at ${future} must not be in the future.`)).toBeTruthy();
    expect(section.getAttribute('aria-describedby')).toContain('followUps-error');
    const flagged = within(section).getByRole('button', { name: `Remove check-in at ${future}` });
    expect(document.activeElement).toBe(flagged);
    expect(flagged.getAttribute('aria-describedby')).toBe('followUps-error');
  });
});

describe('MomentScreen, changed on another device', () => {
  it('on 409 says so calmly, shows the newer version with the person’s change kept, and Save again saves it on top', async () => {
    const user = userEvent.setup();
    // On the phone: the distress after was added, and the note written.
    const newer = momentFixture({ distressAfter: 3, note: 'written on the phone', version: 3, updatedAt: '2026-11-03T08:00:00Z' });
    let served: Record<string, unknown> = momentFixture({ version: 2 });
    const { calls } = mockApi({
      'GET /moments/m1': () => served,
      'PATCH /moments/m1': (body) => {
        const { baseVersion, ...changes } = body as { baseVersion: number };
        if (baseVersion !== served.version) {
          return Response.json(
            { error: { code: 'conflict', message: 'Your moment was changed somewhere else.', fields: { baseVersion: 'must be the current version, 3' }, current: newer } },
            { status: 409 },
          );
        }
        return { ...served, ...changes, version: baseVersion + 1 };
      },
      'GET /moments': { moments: [], nextCursor: null },
      'GET /skills': { catalogueVersion: 1, skills: [] },
    });
    renderWithProviders(<Routes><Route path="/history/:id" element={<MomentScreen />} /></Routes>, { path: '/history/m1' });
    await screen.findByLabelText('Note');
    // Saved on the phone while this form is open: the server now holds version 3.
    served = newer;
    await user.type(screen.getByLabelText('Note'), 'from the laptop');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText(/This moment was changed elsewhere — here is how it looks now, with your changes kept/)).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PATCH').map((call) => call.body)).toEqual([{ baseVersion: 2, note: 'from the laptop' }]);
    // No second round trip: the 409 carried the moment as it is now.
    expect(calls.filter((call) => call.method === 'GET' && call.path === '/moments/m1')).toHaveLength(1);
    // The phone's change shows; the person's text is still theirs.
    expect(await screen.findByDisplayValue('from the laptop')).toBeTruthy();
    const after = screen.getByRole('group', { name: 'How hard was it afterwards?' });
    expect((within(after).getByRole('radio', { name: /^3\b/ }) as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PATCH').map((call) => call.body)).toEqual([
      { baseVersion: 2, note: 'from the laptop' },
      { baseVersion: 3, note: 'from the laptop' },
    ]);
  });
});

describe('MomentScreen delete', () => {
  it('asks once more, with Keep it focused, then deletes and goes to History with an undo', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'GET /moments/m1': momentFixture(),
      'DELETE /moments/m1': new Response(null, { status: 204 }),
      'GET /moments': { moments: [], nextCursor: null },
      'GET /skills': { catalogueVersion: 1, skills: [] },
    });
    renderWithProviders(
      <Routes>
        <Route path="/history" element={<HistoryScreen />} />
        <Route path="/history/:id" element={<MomentScreen />} />
      </Routes>,
      { path: '/history/m1' },
    );
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('group', { name: 'Delete this moment?' });
    expect(within(confirm).getByText('You can undo this straight afterwards.')).toBeTruthy();
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Moment deleted.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'DELETE').map((call) => call.path)).toEqual(['/moments/m1']);
  });
});
