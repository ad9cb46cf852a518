// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { PracticeDoneScreen } from './practice-done-screen';
import { PracticeListScreen } from './practice-list-screen';

const practice = (overrides: Record<string, unknown> = {}) => ({
  id: 'sheet-1', skillId: 'challenging-core-beliefs', exerciseId: 'core-belief-worksheet', kind: 'healing', startedAt: '2026-11-30T20:00:00.000Z',
  durationSeconds: 900, distressBefore: 6, distressAfter: 4, notes: 'Hard, but I stayed with it.\nProud of that.', steppedBack: false,
  // Stored in another order than the steps, and with an answer to a step the worksheet no longer has.
  answers: { 'strength-after': 65, 'old-step': 'kept from before', 'evidence-against': 'my friends keep calling\nI finished the course', belief: 'I am not enough', 'strength-before': 80 },
  pathAreaId: null, createdAt: '2026-11-30T20:15:00.000Z', ...overrides,
});

function setUp(routes: Parameters<typeof mockApi>[0], id = 'sheet-1') {
  const api = mockApi({ 'GET /skills': { catalogueVersion: 1, skills: [] }, 'GET /practices': { practices: [] }, ...routes });
  renderWithProviders(
    <Routes>
      <Route path="/practice" element={<PracticeListScreen />} />
      <Route path="/practice/done/:id" element={<PracticeDoneScreen />} />
    </Routes>,
    { path: `/practice/done/${id}` },
  );
  return api;
}

describe('PracticeDoneScreen', () => {
  it('reads a worksheet back: each answer under its step, in the exercise’s order, and the notes', async () => {
    setUp({ 'GET /practices/sheet-1': practice() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Core-belief worksheet' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.querySelector('.practice-facts')!.textContent).toContain('15 min');
    expect(document.querySelector('.practice-facts')!.textContent).toContain('6 → 4');
    expect(screen.queryByText('You stepped back into coping when you needed to.')).toBeNull();

    const answers = screen.getByRole('region', { name: 'Your answers' });
    expect(within(answers).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Name the belief', 'How strongly you believe it', 'What doesn\'t fit it', 'Rate it again', 'old-step',
    ]);
    const items = within(answers).getAllByRole('listitem');
    expect(within(items[1]!).getByText('Right now, how strongly do you believe it?')).toBeTruthy();
    expect(within(items[1]!).getByText('80 out of 100')).toBeTruthy();
    expect(within(items[3]!).getByText('65 out of 100')).toBeTruthy();
    const written = items[2]!.querySelector('.practice-answer-text')!;
    expect(written.textContent).toBe('my friends keep calling\nI finished the course');
    expect(within(items[4]!).getByText('kept from before')).toBeTruthy();

    const notes = screen.getByRole('region', { name: 'Your notes' });
    expect(notes.querySelector('.practice-answer-text')!.textContent).toBe('Hard, but I stayed with it.\nProud of that.');
    expect(screen.getByRole('link', { name: 'Do this exercise again' }).getAttribute('href')).toBe('/practice/core-belief-worksheet');
    expect(screen.getByRole('link', { name: 'Back to Practice' }).getAttribute('href')).toBe('/practice');
  });

  it('says a stepped-back practice kindly, and reads a timer’s check-ins back in one line', async () => {
    setUp({
      'GET /practices/urge-1': practice({
        id: 'urge-1', skillId: 'riding-an-urge', exerciseId: 'riding-an-urge', kind: 'coping', steppedBack: true, distressAfter: null, notes: null,
        answers: { ride: [8, 6, 5] },
      }),
    }, 'urge-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Riding an urge' })).toBeTruthy();
    expect(screen.getByText('You stepped back into coping when you needed to.')).toBeTruthy();
    expect(screen.getByText('Check-ins: 8, 6, 5')).toBeTruthy();
    expect(document.querySelector('.practice-facts')!.textContent).toContain('6 at the start');
    expect(screen.queryByRole('region', { name: 'Your notes' })).toBeNull();
  });

  it('shows a list answer as a list', async () => {
    setUp({
      'GET /practices/g-1': practice({ id: 'g-1', skillId: 'five-senses-grounding', exerciseId: 'five-senses-grounding', answers: { see: ['the lamp', 'my hands'] } }),
    }, 'g-1');
    const answers = await screen.findByRole('region', { name: 'Your answers' });
    expect(within(answers).getByRole('heading', { level: 3, name: 'Five things you can see' })).toBeTruthy();
    expect([...answers.querySelectorAll('.practice-answer-list li')].map((item) => item.textContent)).toEqual(['the lamp', 'my hands']);
  });

  it('names a practice without an exercise by its skill, with nothing to do again', async () => {
    mockApi({
      'GET /skills': { catalogueVersion: 1, skills: [] },
      'GET /practices/walk': practice({ id: 'walk', skillId: 'a-long-walk', exerciseId: null, answers: {}, notes: null }),
    });
    renderWithProviders(<Routes><Route path="/practice/done/:id" element={<PracticeDoneScreen />} /></Routes>, { path: '/practice/done/walk' });
    expect(await screen.findByRole('heading', { level: 1, name: 'A long walk' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Your answers' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Do this exercise again' })).toBeNull();
  });

  it('asks once more before deleting, then deletes and goes back to Practice saying so', async () => {
    const user = userEvent.setup();
    const { calls } = setUp({ 'GET /practices/sheet-1': practice(), 'DELETE /practices/sheet-1': new Response(null, { status: 204 }) });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('group', { name: 'Delete this practice?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group', { name: 'Delete this practice?' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }));

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('group', { name: 'Delete this practice?' })).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Deleted.');
    expect(calls.filter((call) => call.method === 'DELETE').map((call) => call.path)).toEqual(['/practices/sheet-1']);
    // The one just deleted is not asked for again.
    expect(calls.filter((call) => call.path === '/practices/sheet-1' && call.method === 'GET')).toHaveLength(1);
  });

  it('keeps the practice on screen and says why when deleting fails', async () => {
    const user = userEvent.setup();
    setUp({
      'GET /practices/sheet-1': practice(),
      'DELETE /practices/sheet-1': Response.json({ error: { code: 'internal', message: 'Something went wrong on the server.', fields: {} } }, { status: 500 }),
    });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('group', { name: 'Delete this practice?' })).getByRole('button', { name: 'Delete' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong on the server.');
    expect(screen.getByRole('heading', { level: 1, name: 'Core-belief worksheet' })).toBeTruthy();
  });

  it('says calmly when the practice isn’t there, with a way back', async () => {
    setUp({}, 'gone');
    expect(await screen.findByText('This practice isn’t here any more. It may have been deleted.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Your practice' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to Practice' }).getAttribute('href')).toBe('/practice');
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });
});
