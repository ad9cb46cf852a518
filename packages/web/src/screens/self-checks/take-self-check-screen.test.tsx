// @vitest-environment happy-dom
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { allAnswers, copingStylesDetail, copingStylesResult } from '../../test/self-check-fixture';
import { TakeSelfCheckScreen } from './take-self-check-screen';

const CHOICES = ['Not at all', 'A little', 'Quite a bit', 'A lot'];

function setUp(routes: Parameters<typeof mockApi>[0] = {}) {
  const api = mockApi({ 'GET /questionnaires/coping-styles': copingStylesDetail(), ...routes });
  renderWithProviders(
    <Routes>
      <Route path="/self-checks/:id" element={<TakeSelfCheckScreen />} />
      <Route path="/self-checks/:id/results" element={<p>The results screen</p>} />
    </Routes>,
    { path: '/self-checks/coping-styles' },
  );
  return api;
}

/** Answers statement n (1-based) with the answer of code "1".."4". */
async function answer(user: ReturnType<typeof userEvent.setup>, number: number, code: string) {
  const group = screen.getByRole('group', { name: new RegExp(`^${number}\\. `) });
  await user.click(within(group).getByRole('radio', { name: CHOICES[Number(code) - 1] }));
}

const saved = () => copingStylesResult('r1', '2026-12-02T14:00:00.000Z');

beforeEach(() => sessionStorage.clear());

configure({ asyncUtilTimeout: 5000 });

// Many statements and a lazily loaded chart library: slow on a busy two-core machine, so a generous timeout.
describe('TakeSelfCheckScreen', { timeout: 30_000 }, () => {
  it('shows every statement as a group of four answers, and posts the answers chosen', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = setUp({ 'POST /questionnaires/coping-styles/responses': { ...saved(), alongsideLog: [] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Coping styles' })).toBeTruthy();
    expect(screen.getByText(/How much has each of these been true of you/)).toBeTruthy();
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(28);
    expect(within(groups[0]!).getAllByRole('radio').map((radio) => radio.closest('label')!.textContent)).toEqual(CHOICES);
    expect(screen.getByText('0 of 28 answered')).toBeTruthy();

    const chosen = allAnswers((linkId) => String((Number(linkId) % 4) + 1));
    for (let number = 1; number <= 28; number++) await answer(user, number, chosen[String(number)]!);
    expect(screen.getByText('28 of 28 answered')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'See my results' }));

    expect(await screen.findByText('The results screen')).toBeTruthy();
    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts).toEqual([{ method: 'POST', path: '/questionnaires/coping-styles/responses', body: { answers: chosen } }]);
    // Saved: the draft is gone.
    expect(sessionStorage.getItem('mend.self-check-draft.coping-styles')).toBeNull();
  });

  it('names the statements not answered yet and moves focus to the first, without sending', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = setUp();
    await screen.findByRole('heading', { level: 1, name: 'Coping styles' });
    for (let number = 1; number <= 28; number++) if (number !== 4 && number !== 11) await answer(user, number, '2');
    await user.click(screen.getByRole('button', { name: 'See my results' }));

    expect(screen.getByRole('alert').textContent).toBe('2 statements still need an answer: 4 and 11.');
    const fourth = screen.getByRole('group', { name: /^4\. / });
    expect(fourth.textContent).toContain('Choose the answer that fits best');
    expect(fourth.getAttribute('aria-describedby')).toBe('question-4-error');
    expect(fourth.contains(document.activeElement)).toBe(true);
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    // Answering it takes its message away.
    await answer(user, 4, '1');
    expect(screen.getByRole('group', { name: /^4\. / }).textContent).not.toContain('Choose the answer');
  });

  it('shows a 400’s field messages next to the statement they name', async () => {
    const user = userEvent.setup({ delay: null });
    setUp({
      'POST /questionnaires/coping-styles/responses': Response.json(
        { error: { code: 'validation', message: 'Some answers need another look.', fields: { 'answers.7': 'needs an answer' } } }, { status: 400 },
      ),
    });
    await screen.findByRole('heading', { level: 1, name: 'Coping styles' });
    for (let number = 1; number <= 28; number++) await answer(user, number, '3');
    await user.click(screen.getByRole('button', { name: 'See my results' }));

    const seventh = screen.getByRole('group', { name: /^7\. / });
    expect(await within(seventh).findByText(/Needs an answer/)).toBeTruthy();
    expect(seventh.contains(document.activeElement)).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe('Some answers need another look.');
    expect(screen.queryByText('The results screen')).toBeNull();
  });

  it('keeps the answers in a draft, so a reload loses nothing', async () => {
    const user = userEvent.setup({ delay: null });
    setUp();
    await screen.findByRole('heading', { level: 1, name: 'Coping styles' });
    await answer(user, 1, '4');
    await answer(user, 2, '1');
    expect(JSON.parse(sessionStorage.getItem('mend.self-check-draft.coping-styles')!).answers).toEqual({ 1: '4', 2: '1' });
  });

  it('opens with the answers of the draft already chosen', async () => {
    sessionStorage.setItem('mend.self-check-draft.coping-styles', JSON.stringify({ version: 1, questionnaireId: 'coping-styles', questionnaireVersion: '1', answers: { 3: '2' } }));
    setUp();
    const third = await screen.findByRole('group', { name: /^3\. / });
    expect((within(third).getByRole('radio', { name: 'A little' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('1 of 28 answered')).toBeTruthy();
  });
});
