// @vitest-environment happy-dom
import { EXERCISES, exerciseById, PracticeCreateSchema, practiceAnswerProblems, type Exercise } from '@mend/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../../api/keys';
import { browserTimeZone } from '../../api/use-insights';
import { insightsFixture } from '../../test/insights-fixture';
import { mockApi } from '../../test/mock-api';
import '../../test/render';
import { PracticeRunnerScreen } from './practice-runner-screen';

const worksheet = exerciseById('core-belief-worksheet')!;
const serverDown = () => Response.json({ error: { code: 'http_502', message: 'Bad gateway', fields: {} } }, { status: 502 });
const stored = (body: unknown, kind = 'healing') => ({ ...(body as object), kind, createdAt: new Date().toISOString() });

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname}{location.search}</p>;
}

function show(path: string, queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })) {
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <main id="main">
          <Routes>
            <Route path="/practice/:exerciseId" element={<PracticeRunnerScreen />} />
          </Routes>
        </main>
        <Where />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const stepOf = (exercise: Exercise, id: string) => exercise.steps.find((step) => step.id === id)! as Exercise['steps'][number] & { prompt: string };
/** A field by its step's prompt; an optional one's name goes on with "(optional)". */
const prompted = (exercise: Exercise, id: string) => new RegExp(`^${escape(stepOf(exercise, id).prompt)}`);
const posts = (calls: { method: string; path: string; body: unknown }[]) => calls.filter((call) => call.method === 'POST' && call.path === '/practices');
const draftOf = (exerciseId: string) => JSON.parse(sessionStorage.getItem(`mend.practice-draft.${exerciseId}`) ?? 'null');

beforeEach(() => sessionStorage.clear());

describe('PracticeRunnerScreen', () => {
  it('takes a worksheet one step at a time and sends its answers with the practice', async () => {
    const { calls } = mockApi({ 'POST /practices': (body) => stored(body) });
    const user = userEvent.setup();
    show('/practice/core-belief-worksheet?path=core-beliefs');

    expect(screen.getByRole('heading', { level: 1, name: worksheet.title })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Step back into coping' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /^7 / }));
    await user.click(screen.getByRole('button', { name: 'Begin' }));

    const total = worksheet.steps.length;
    expect(screen.getByText(`Step 1 of ${total}`)).toBeTruthy();
    const first = screen.getByRole('heading', { level: 2, name: worksheet.steps[0]!.title });
    await waitFor(() => expect(document.activeElement).toBe(first));

    await user.type(screen.getByRole('textbox', { name: prompted(worksheet, 'belief') }), 'I am too much');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(`Step 2 of ${total}`)).toBeTruthy();
    fireEvent.change(screen.getByRole('slider', { name: prompted(worksheet, 'strength-before') }), { target: { value: '80' } });
    expect(screen.getByText('80')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByRole('textbox', { name: prompted(worksheet, 'evidence-for') }), 'People get tired of me');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByRole('textbox', { name: prompted(worksheet, 'evidence-against') }), 'Sam stayed');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // A rating that is not optional waits for its number, and says so.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Choose a number first, then Next.')).toBeTruthy();
    const after = screen.getByRole('slider', { name: prompted(worksheet, 'strength-after') });
    fireEvent.change(after, { target: { value: '55' } });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByText(`Step ${total - 1} of ${total}`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(screen.getByRole('radio', { name: /^4 / }));
    await user.type(screen.getByRole('textbox', { name: 'Notes (optional)' }), 'Lighter than I expected');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Saved' })).toBeTruthy();
    expect(screen.getByText(/^You gave yourself .* of care\.$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to Practice' }).getAttribute('href')).toBe('/practice');
    expect(screen.getByRole('link', { name: 'See my progress' }).getAttribute('href')).toBe('/progress');
    expect(screen.queryByRole('button', { name: 'Step back into coping' })).toBeNull();

    const [sent] = posts(calls);
    expect(sent?.body).toEqual({
      id: expect.any(String),
      skillId: 'challenging-core-beliefs',
      exerciseId: 'core-belief-worksheet',
      startedAt: expect.any(String),
      durationSeconds: expect.any(Number),
      distressBefore: 7,
      distressAfter: 4,
      notes: 'Lighter than I expected',
      steppedBack: false,
      answers: { belief: 'I am too much', 'strength-before': 80, 'evidence-for': 'People get tired of me', 'evidence-against': 'Sam stayed', 'strength-after': 55 },
      pathAreaId: 'core-beliefs',
    });
    expect(PracticeCreateSchema.safeParse(sent?.body).success).toBe(true);
    expect(practiceAnswerProblems(PracticeCreateSchema.parse(sent?.body))).toEqual({});
    expect(Math.abs(Date.parse((sent?.body as { startedAt: string }).startedAt) - Date.now())).toBeLessThan(60_000);
    expect(draftOf('core-belief-worksheet')).toBeNull();
  });

  it('keeps everything when the save fails, says so plainly, and sends the same practice on Try again', async () => {
    let attempt = 0;
    const { calls } = mockApi({ 'POST /practices': (body) => (++attempt === 1 ? serverDown() : stored(body, 'coping')) });
    const user = userEvent.setup();
    show('/practice/box-breathing');
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    for (const _ of exerciseById('box-breathing')!.steps) await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes (optional)' }), 'Shoulders dropped');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toMatch(/isn’t saved yet: Mend can’t reach its server/));
    expect((screen.getByRole('textbox', { name: 'Notes (optional)' }) as HTMLTextAreaElement).value).toBe('Shoulders dropped');
    expect(draftOf('box-breathing')).toMatchObject({ stage: 'finish', notes: 'Shoulders dropped' });

    // A reload in between loses nothing either.
    cleanup();
    show('/practice/box-breathing');
    expect(screen.getByText(/Picked up where you left off/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Notes (optional)' }) as HTMLTextAreaElement).value).toBe('Shoulders dropped');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Saved' })).toBeTruthy();

    const [failed, resent] = posts(calls);
    expect(resent?.body).toEqual(failed?.body);
    expect(draftOf('box-breathing')).toBeNull();
  });

  it('steps back into coping at once, records the practice so far as stepped back, and says it is part of healing', async () => {
    const { calls } = mockApi({ 'POST /practices': (body) => stored(body) });
    const user = userEvent.setup();
    show('/practice/core-belief-worksheet');
    await user.click(screen.getByRole('radio', { name: /^8 / }));
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.type(screen.getByRole('textbox', { name: prompted(worksheet, 'belief') }), 'I ruin things');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Step back into coping' }));

    expect(screen.getByTestId('where').textContent).toBe('/practice/box-breathing');
    expect(screen.getByRole('heading', { level: 1, name: exerciseById('box-breathing')!.title })).toBeTruthy();
    expect(screen.getByText('Stepping back is part of healing, not a failure.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Step back into coping' })).toBeNull();

    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]?.body).toMatchObject({
      exerciseId: 'core-belief-worksheet', steppedBack: true, distressBefore: 8, distressAfter: null, answers: { belief: 'I ruin things' },
    });
    await waitFor(() => expect(draftOf('core-belief-worksheet')?.pendingStepBacks).toEqual([]));

    // Coming back later: what was written is still there, to carry on or start again.
    cleanup();
    show('/practice/core-belief-worksheet');
    expect(screen.getByRole('heading', { level: 2, name: 'Welcome back' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Carry on where I left off' }));
    expect(screen.getByRole('heading', { level: 2, name: stepOf(worksheet, 'strength-before').title })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect((screen.getByRole('textbox', { name: prompted(worksheet, 'belief') }) as HTMLTextAreaElement).value).toBe('I ruin things');
  });

  it('at 8 or more, offers the step back right beside Begin, the same step back as the bar', async () => {
    const { calls } = mockApi({ 'POST /practices': (body) => stored(body) });
    const user = userEvent.setup();
    show('/practice/core-belief-worksheet');
    expect(screen.getAllByRole('button', { name: 'Step back into coping' })).toHaveLength(1);
    await user.click(screen.getByRole('radio', { name: /^9 / }));
    expect(screen.getByText(/That’s a lot to carry right now/)).toBeTruthy();
    const [, inNote] = screen.getAllByRole('button', { name: 'Step back into coping' });
    await user.click(inNote!);

    expect(screen.getByTestId('where').textContent).toBe('/practice/box-breathing');
    expect(screen.getByText('Stepping back is part of healing, not a failure.')).toBeTruthy();
    // Nothing was begun, so nothing is recorded.
    expect(posts(calls)).toEqual([]);
  });

  it('never waits for the server to step back, and keeps the step back until the server has it', async () => {
    const { calls, fetchMock } = mockApi({ 'POST /practices': serverDown });
    fetchMock.mockImplementationOnce(() => new Promise<Response>(() => undefined));
    const user = userEvent.setup();
    show('/practice/core-belief-worksheet');
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.type(screen.getByRole('textbox', { name: prompted(worksheet, 'belief') }), 'I am a burden');
    await user.click(screen.getByRole('button', { name: 'Step back into coping' }));

    // The request hangs, and the coping exercise is open all the same.
    expect(screen.getByTestId('where').textContent).toBe('/practice/box-breathing');
    const kept = draftOf('core-belief-worksheet');
    expect(kept.answers).toEqual({ belief: 'I am a burden' });
    expect(kept.pendingStepBacks).toEqual([expect.objectContaining({ steppedBack: true, answers: { belief: 'I am a burden' } })]);

    // Opening the exercise again sends it again; the server is still away, and the page says so calmly.
    cleanup();
    show('/practice/core-belief-worksheet');
    expect(await screen.findByText(/couldn’t save your step back into coping yet/)).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    // The first (hanging) request bypassed the record; the resend is the same practice.
    expect(posts(calls).map((call) => call.body)).toEqual([kept.pendingStepBacks[0]]);
    expect(draftOf('core-belief-worksheet').pendingStepBacks).toHaveLength(1);
  });

  it('steps back to the person’s own soothing coping exercise when their insights name one', async () => {
    mockApi({ 'POST /practices': (body) => stored(body) });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const insights = insightsFixture();
    queryClient.setQueryData(queryKeys.insightsIn(browserTimeZone()), {
      ...insights, wins: { ...insights.wins, soothingSkillIds: ['journaling', 'five-senses-grounding', 'box-breathing'] },
    });
    const user = userEvent.setup();
    show('/practice/core-belief-worksheet', queryClient);
    await user.click(screen.getByRole('button', { name: 'Step back into coping' }));
    expect(screen.getByTestId('where').textContent).toBe('/practice/five-senses-grounding');
    expect(screen.getByText('Stepping back is part of healing, not a failure.')).toBeTruthy();
  });

  it('labels each entry of a list with its place and what it asks for', async () => {
    const { calls } = mockApi({ 'POST /practices': (body) => stored(body, 'coping') });
    const user = userEvent.setup();
    show('/practice/five-senses-grounding');
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByRole('textbox', { name: '1 of 5: something you can see' }), 'the window');
    await user.type(screen.getByRole('textbox', { name: '3 of 5: something you can see' }), 'a mug');
    for (let step = 1; step < exerciseById('five-senses-grounding')!.steps.length; step += 1) {
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 2, name: 'Saved' });
    expect(posts(calls)[0]?.body).toMatchObject({ answers: { see: ['the window', 'a mug'] }, steppedBack: false, pathAreaId: null });
  });

  it('saves a path step as a practice of its own when its area left the path', async () => {
    let attempt = 0;
    const refused = () => Response.json(
      { error: { code: 'invalid_input', message: 'pathAreaId: must be an area chosen on your healing path', fields: { pathAreaId: 'must be an area chosen on your healing path' } } },
      { status: 400 },
    );
    const { calls } = mockApi({ 'POST /practices': (body) => (++attempt === 1 ? refused() : stored(body, 'coping')) });
    const user = userEvent.setup();
    show('/practice/box-breathing?path=nervous-system');
    expect(screen.getByText(/a step on your healing path/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    for (const _ of exerciseById('box-breathing')!.steps) await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/that area isn’t on your path now/));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 2, name: 'Saved' });
    expect(posts(calls).map((call) => (call.body as { pathAreaId: string | null }).pathAreaId)).toEqual(['nervous-system', null]);
  });

  it('steps back before Begin without recording anything', async () => {
    const { calls } = mockApi({ 'POST /practices': (body) => stored(body) });
    const user = userEvent.setup();
    show('/practice/core-belief-worksheet');
    await user.click(screen.getByRole('button', { name: 'Step back into coping' }));
    expect(screen.getByText('Stepping back is part of healing, not a failure.')).toBeTruthy();
    expect(screen.queryByText(/Your place in/)).toBeNull();
    expect(posts(calls)).toEqual([]);
    expect(draftOf('core-belief-worksheet')).toBeNull();
  });

  it('says so when there is no such exercise', () => {
    mockApi({});
    show('/practice/no-such-thing');
    expect(screen.getByRole('heading', { level: 1, name: 'Exercise not found' })).toBeTruthy();
  });

  it.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))('runs %s from Begin to a practice the server accepts', async (_, exercise) => {
    const { calls } = mockApi({ 'POST /practices': (body) => stored(body, exercise.kind) });
    show(`/practice/${exercise.id}`);
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    for (const [index, step] of exercise.steps.entries()) {
      expect(screen.getByText(`Step ${index + 1} of ${exercise.steps.length}`)).toBeTruthy();
      expect(screen.getByRole('heading', { level: 2, name: step.title })).toBeTruthy();
      if (step.type === 'writing') fireEvent.change(screen.getByRole('textbox', { name: new RegExp(`^${escape(step.prompt)}`) }), { target: { value: 'A few words' } });
      if (step.type === 'list') fireEvent.change(screen.getAllByRole('textbox')[0]!, { target: { value: 'One thing' } });
      if (step.type === 'rating') {
        if (step.max - step.min > 10) fireEvent.change(screen.getByRole('slider', { name: new RegExp(`^${escape(step.prompt)}`) }), { target: { value: String(step.max) } });
        else fireEvent.click(screen.getAllByRole('radio')[0]!);
      }
      if (exercise.kind === 'healing') expect(screen.getByRole('button', { name: 'Step back into coping' })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 2, name: 'Saved' });
    const parsed = PracticeCreateSchema.safeParse(posts(calls)[0]?.body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(practiceAnswerProblems(parsed.data!)).toEqual({});
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
