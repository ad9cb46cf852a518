// @vitest-environment happy-dom
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockApi, skillFixture } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { allAnswers, copingStylesDetail, copingStylesResult } from '../../test/self-check-fixture';
import { SelfCheckResultsScreen } from './self-check-results-screen';

const SENTENCE = 'You rated distracting yourself high, and your log agrees: it shows in 6 of your 9 moments.';

const alongside = [{
  scaleId: 'self-distraction', rating: 'high', agreement: 'agrees', momentCount: 9, matchingCount: 6,
  topSkillIds: ['endless-scrolling'], sentence: SENTENCE,
}];

const older = copingStylesResult('r0', '2026-10-01T12:00:00.000Z', allAnswers('1'));
const newest = copingStylesResult('r1', '2026-12-01T12:00:00.000Z', allAnswers((linkId) => (linkId === '1' || linkId === '19' ? '4' : '2')));

function setUp(stored = [newest, older]) {
  let results = stored;
  const api = mockApi({
    'GET /questionnaires/coping-styles': copingStylesDetail({ lastTakenAt: newest.takenAt }),
    'GET /questionnaires/coping-styles/responses': () => ({ questionnaireId: 'coping-styles', results, alongsideLog: results.length ? alongside : [] }),
    'GET /skills': {
      catalogueVersion: 1,
      skills: [
        skillFixture('endless-scrolling', 'Endless scrolling', { kind: 'maladaptive', family: 'avoidance' }),
        skillFixture('sitting-with-a-feeling', 'Sitting with a feeling', { kind: 'healing', family: 'allowing-feelings' }),
      ],
    },
    'DELETE /questionnaires/coping-styles/responses/r0': () => {
      results = results.filter((result) => result.id !== 'r0');
      return new Response(null, { status: 204 });
    },
  });
  renderWithProviders(
    <Routes><Route path="/self-checks/:id/results" element={<SelfCheckResultsScreen />} /></Routes>,
    { path: '/self-checks/coping-styles/results' },
  );
  return api;
}

configure({ asyncUtilTimeout: 5000 });

// Many statements and a lazily loaded chart library: slow on a busy two-core machine, so a generous timeout.
describe('SelfCheckResultsScreen', { timeout: 30_000 }, () => {
  it('shows the newest scores out of their top, with notes and the groupings’ source', async () => {
    setUp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Coping styles: your results' })).toBeTruthy();
    const scores = await screen.findByRole('region', { name: 'Your scores' });
    const lines = within(scores).getAllByRole('listitem');
    expect(lines).toHaveLength(14);
    expect(lines[0]!.textContent).toContain('Self-distraction');
    expect(lines[0]!.textContent).toContain('8 of 8');
    expect(lines[0]!.textContent).toContain('it is a sound crisis skill');
    expect(lines[1]!.textContent).toMatch(/Active coping\s*4 of 8/);

    const grouped = screen.getByRole('region', { name: 'Grouped together' });
    const problemFocused = within(grouped).getAllByRole('listitem')[0]!;
    expect(problemFocused.textContent).toContain('Problem-focused');
    expect(problemFocused.textContent).toContain('12 of 24');
    expect(problemFocused.textContent).toContain('Grouping from Cooper, Katona & Livingston (2008)');
  });

  it('sets the scores beside the log, with links to the skills used and to ones that might help', async () => {
    setUp();
    const section = await screen.findByRole('region', { name: 'Alongside your log' });
    expect(within(section).getByText(SENTENCE)).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Endless scrolling' }).getAttribute('href')).toBe('/toolkit/endless-scrolling');
    expect((await within(section).findByRole('link', { name: 'Sitting with a feeling' })).getAttribute('href')).toBe('/toolkit/sitting-with-a-feeling');
    expect(within(section).getByRole('link', { name: 'Feelings you avoid' }).getAttribute('href')).toBe('/path');
  });

  it('draws a chart per scale over time, each with its sentence and its numbers', async () => {
    setUp();
    const trends = await screen.findByRole('region', { name: 'Over time' }, { timeout: 10_000 });
    expect(trends.textContent).toContain('from the 2 times you took this check');
    expect(within(trends).getByText(/^Self-distraction: 8 of 8 on .*, up from 2 on .*\.$/)).toBeTruthy();
    const table = within(trends).getByRole('table', { name: 'Self-distraction, each time you took this check' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([expect.stringContaining('2 of 8'), expect.stringContaining('8 of 8')]);
    expect(trends.querySelectorAll('.chart-box[aria-hidden="true"]')).toHaveLength(17);
  });

  it('offers each result as a FHIR file, and deletes one only after asking', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = setUp();
    const past = await screen.findByRole('region', { name: 'Each time you took it' });
    const downloads = within(past).getAllByRole('link', { name: 'Download as FHIR (JSON)' });
    expect(downloads.map((link) => link.getAttribute('href'))).toEqual([
      '/api/v1/questionnaires/coping-styles/responses/r1/fhir', '/api/v1/questionnaires/coping-styles/responses/r0/fhir',
    ]);
    expect(downloads[1]!.getAttribute('download')).toBe('coping-styles-2026-10-01.fhir.json');

    await user.click(within(past).getAllByRole('button', { name: 'Delete' })[1]!);
    const question = within(past).getByRole('group', { name: /^Delete the result of/ });
    expect(document.activeElement?.textContent).toBe('Keep it');
    await user.click(within(question).getByRole('button', { name: 'Delete' }));
    await expect.poll(() => calls.filter((call) => call.method === 'DELETE').map((call) => call.path)).toEqual(['/questionnaires/coping-styles/responses/r0']);
    // Gone at once, said so, and focus is not lost with the row.
    await within(past).findByText('Deleted.');
    expect(within(past).getAllByRole('link', { name: 'Download as FHIR (JSON)' })).toHaveLength(1);
    expect(document.activeElement).toBe(within(past).getByRole('heading', { level: 2, name: 'Each time you took it' }));
  });

  it('says plainly when the check has not been taken yet', async () => {
    setUp([]);
    expect(await screen.findByText(/Not taken yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Take this check' }).getAttribute('href')).toBe('/self-checks/coping-styles');
  });
});
