// @vitest-environment happy-dom
import { PracticeCreateSchema } from '@mend/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { practiceClock } from '../../lib/practice-clock';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { RecordPracticeForm } from './record-practice-form';

const NOW = Date.parse('2026-11-03T18:30:00.000Z');
/** What the server answers: the schema's defaults filled in. */
const stored = (body: unknown) => ({ ...PracticeCreateSchema.parse(body), kind: 'healing', createdAt: new Date(NOW).toISOString() });
const serverDown = () => Response.json({ error: { code: 'http_502', message: 'Bad gateway', fields: {} } }, { status: 502 });
const posts = (calls: { method: string; path: string; body: unknown }[]) =>
  calls.filter((call) => call.method === 'POST' && call.path === '/practices').map((call) => call.body);

beforeEach(() => {
  vi.spyOn(practiceClock, 'now').mockReturnValue(NOW);
});
afterEach(() => vi.restoreAllMocks());

describe('RecordPracticeForm', () => {
  it('keeps a practice of a skill without an exercise as a step on the path', async () => {
    const { calls } = mockApi({ 'POST /practices': (body) => stored(body) });
    const user = userEvent.setup();
    renderWithProviders(<RecordPracticeForm skillId="letting-the-tears-come" pathAreaId="grief" />);

    expect(screen.getByRole('heading', { level: 2, name: 'I practised this' })).toBeTruthy();
    await user.type(screen.getByRole('spinbutton', { name: 'About how many minutes? (optional)' }), '15');
    await user.type(screen.getByRole('textbox', { name: 'Notes (optional)' }), '  Cried for the first time in months.  ');
    await user.click(screen.getByRole('button', { name: 'Save this practice' }));

    const saved = await screen.findByText('Saved. It counts as a step on your path.');
    await waitFor(() => expect(document.activeElement).toBe(saved));
    expect(screen.getByRole('link', { name: 'See your path' }).getAttribute('href')).toBe('/path');
    const [body] = posts(calls);
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      skillId: 'letting-the-tears-come',
      exerciseId: null,
      answers: {},
      startedAt: '2026-11-03T18:15:00.000Z',
      durationSeconds: 900,
      notes: 'Cried for the first time in months.',
      pathAreaId: 'grief',
    });
    expect(PracticeCreateSchema.safeParse(body).success).toBe(true);
  });

  it('needs nothing filled in: no minutes is no duration, and off the path it is just saved', async () => {
    const { calls } = mockApi({ 'POST /practices': (body) => stored(body) });
    const user = userEvent.setup();
    renderWithProviders(<RecordPracticeForm skillId="cold-water" pathAreaId={null} />);
    await user.click(screen.getByRole('button', { name: 'Save this practice' }));

    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See my progress' }).getAttribute('href')).toBe('/progress');
    expect(posts(calls)[0]).toMatchObject({ startedAt: new Date(NOW).toISOString(), durationSeconds: 0, notes: null, pathAreaId: null });
  });

  it('says what the minutes need, beside the field, and sends nothing', async () => {
    const { calls } = mockApi({ 'POST /practices': (body) => stored(body) });
    const user = userEvent.setup();
    renderWithProviders(<RecordPracticeForm skillId="cold-water" pathAreaId={null} />);
    const minutes = screen.getByRole('spinbutton', { name: 'About how many minutes? (optional)' });
    await user.type(minutes, '2.5');
    await user.click(screen.getByRole('button', { name: 'Save this practice' }));

    expect(screen.getByText(/A whole number of minutes, from 1 to 1440, or leave it empty\./)).toBeTruthy();
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(minutes);
    expect(posts(calls)).toEqual([]);
  });

  it('keeps the form when the save fails, says so plainly, and sends the same practice again', async () => {
    let down = true;
    const { calls } = mockApi({ 'POST /practices': (body) => (down ? serverDown() : stored(body)) });
    const user = userEvent.setup();
    renderWithProviders(<RecordPracticeForm skillId="letting-the-tears-come" pathAreaId="grief" />);
    await user.type(screen.getByRole('spinbutton', { name: 'About how many minutes? (optional)' }), '10');
    await user.type(screen.getByRole('textbox', { name: 'Notes (optional)' }), 'Hard, and OK');
    await user.click(screen.getByRole('button', { name: 'Save this practice' }));

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('This isn’t saved yet: Mend can’t reach its server right now. What you entered is still here.'));
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect((screen.getByRole('spinbutton', { name: 'About how many minutes? (optional)' }) as HTMLInputElement).value).toBe('10');
    expect((screen.getByRole('textbox', { name: 'Notes (optional)' }) as HTMLTextAreaElement).value).toBe('Hard, and OK');

    // A minute later: the same practice goes again, started when it first said.
    vi.mocked(practiceClock.now).mockReturnValue(NOW + 60_000);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(posts(calls)).toHaveLength(2));
    down = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Saved. It counts as a step on your path.')).toBeTruthy();
    const [failed, again, resent] = posts(calls);
    expect(again).toEqual(failed);
    expect(resent).toEqual(failed);
  });

  it('sends a new practice, not a changed resend, when what was entered changes after a failure', async () => {
    let down = true;
    const { calls } = mockApi({ 'POST /practices': (body) => (down ? serverDown() : stored(body)) });
    const user = userEvent.setup();
    renderWithProviders(<RecordPracticeForm skillId="cold-water" pathAreaId={null} />);
    await user.click(screen.getByRole('button', { name: 'Save this practice' }));
    await screen.findByRole('button', { name: 'Try again' });
    await user.type(screen.getByRole('spinbutton', { name: 'About how many minutes? (optional)' }), '3');
    down = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const [failed, changed] = posts(calls) as { id: string; durationSeconds: number }[];
    expect(changed!.durationSeconds).toBe(180);
    expect(changed!.id).not.toBe(failed!.id);
  });

  it('saves it as a practice of its own when the path changed since the page was opened', async () => {
    const { calls } = mockApi({
      'POST /practices': (body) => ((body as { pathAreaId: string | null }).pathAreaId
        ? Response.json({ error: { code: 'invalid', message: 'Some fields need another look.', fields: { pathAreaId: 'must be an area chosen on your healing path' } } }, { status: 400 })
        : stored(body)),
    });
    const user = userEvent.setup();
    renderWithProviders(<RecordPracticeForm skillId="letting-the-tears-come" pathAreaId="grief" />);
    await user.click(screen.getByRole('button', { name: 'Save this practice' }));
    expect(await screen.findByText(/your path has changed since this page was opened/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(posts(calls).map((body) => (body as { pathAreaId: unknown }).pathAreaId)).toEqual(['grief', null]);
  });
});
