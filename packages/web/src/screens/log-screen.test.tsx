// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { getEntry, listEntries, outboxBody, queueMoment, removeEntry, updateEntry } from '../offline/outbox';
import { accountFixture, mockApi, momentFixture } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { LogScreen } from './log-screen';

const me = accountFixture();

function HistoryProbe() {
  return <p>history {JSON.stringify(useLocation().state)}</p>;
}

function renderLog(path: string) {
  renderWithProviders(
    <Routes>
      <Route path="/log" element={<LogScreen />} />
      <Route path="/history" element={<HistoryProbe />} />
    </Routes>,
    { path },
  );
}

beforeEach(async () => {
  for (const entry of await listEntries()) await removeEntry(entry.id);
});

describe('LogScreen', () => {
  it('hands History a calm "kept on this device" when the server is away', async () => {
    mockApi({
      'GET /me': me,
      'GET /skills': { catalogueVersion: 1, skills: [] },
      'GET /moments': { moments: [], nextCursor: null },
      'GET /tags': { triggerTags: [], contextTags: [] },
      'POST /moments': () => Response.json({ error: { code: 'http_503', message: 'Unavailable', fields: {} } }, { status: 503 }),
    });
    const user = userEvent.setup();
    renderLog('/log');
    await user.click(within(await screen.findByRole('group', { name: 'How hard was it?' })).getByRole('radio', { name: /^6 / }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('history {"waiting":"device"}')).toBeTruthy();
    expect(await listEntries('u1')).toHaveLength(1);
  });

  it('opens a refused moment from this device, and saving the fix replaces it', async () => {
    const now = new Date();
    const { entry } = await queueMoment('u1', outboxBody({ distressBefore: 6, note: 'on the bus' }, now), now);
    await updateEntry(entry.id, (stored) => ({ ...stored, refused: { message: 'Some fields need another look.', fields: { note: 'is too long' } } }));
    const { calls } = mockApi({
      'GET /me': me,
      'GET /skills': { catalogueVersion: 1, skills: [] },
      'GET /moments': { moments: [], nextCursor: null },
      'GET /tags': { triggerTags: [], contextTags: [] },
      'POST /moments': (body) => ({ ...momentFixture(body as Record<string, unknown>), crisisOffer: false }),
    });
    const user = userEvent.setup();
    renderLog(`/log?fix=${entry.id}`);

    expect(await screen.findByText('Note: is too long')).toBeTruthy();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('on the bus');
    expect((within(screen.getByRole('group', { name: 'How hard was it?' })).getByRole('radio', { name: /^6 / }) as HTMLInputElement).checked).toBe(true);
    await user.clear(screen.getByLabelText('Note'));
    await user.type(screen.getByLabelText('Note'), 'bus');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/^history \{"saved":/)).toBeTruthy();
    const sent = calls.find((call) => call.method === 'POST')!.body as { id: string; note: string };
    expect(sent.note).toBe('bus');
    // A fresh id: the old one may be the reason it was refused.
    expect(sent.id).not.toBe(entry.id);
    await waitFor(async () => expect(await getEntry(entry.id)).toBeUndefined());
    expect(await listEntries()).toEqual([]);
  });
});
