// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { ProgressScreen } from './progress-screen';

const DAY = 24 * 60 * 60 * 1000;
// A Wednesday at noon: every win below is at noon too, so its week is the same in any time zone.
const asOf = new Date('2026-11-04T12:00:00Z');
const ago = (days: number) => new Date(asOf.getTime() - days * DAY).toISOString();
const win = (kind: string, at: string, text: string) => ({ kind, at, text, skillId: null, practiceId: null, momentId: null });

function progress(overrides: Record<string, unknown> = {}) {
  return {
    asOf: asOf.toISOString(),
    timeZone: 'UTC',
    wins: [
      win('healing-practice', ago(0), 'You did a healing practice: Challenging core beliefs.'),
      win('stepped-back', ago(15), // Tuesday 20 October
      'You stepped back into coping when it was too much — that is part of healing.'),
      win('sat-with-feeling', ago(16), // Monday 19 October
      'You stayed with a feeling instead of pushing it away.'),
    ],
    thisWeek: {
      weekStart: ago(0).slice(0, 10), moments: 3, satWithFeeling: 1, practices: 1, healingPractices: 1, steppedBack: 0,
      lines: ['You logged 3 hard moments and stayed with a feeling in 1 of them.', 'You did 1 healing practice.'],
    },
    milestones: [{ id: 'first-healing-practice', title: 'Your first healing practice', reachedAt: ago(0) }],
    ...overrides,
  };
}

describe('ProgressScreen', () => {
  it('shows this week, milestones and the wins grouped by week, newest first', async () => {
    mockApi({ 'GET /progress': progress() });
    renderWithProviders(<ProgressScreen />, { path: '/progress' });
    expect(screen.getByRole('heading', { level: 1, name: 'Your progress' })).toBeTruthy();

    const week = await screen.findByRole('region', { name: 'This week you…' });
    expect(within(week).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'You logged 3 hard moments and stayed with a feeling in 1 of them.',
      'You did 1 healing practice.',
    ]);
    expect(screen.getByRole('region', { name: 'Milestones' }).textContent).toContain('Your first healing practice');

    const wins = screen.getByRole('region', { name: 'Wins, step by step' });
    const weeks = within(wins).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(weeks[0]).toBe('This week');
    expect(weeks).toHaveLength(2);
    expect(weeks[1]).toMatch(/^Week of .*2026$/);
    const texts = [...wins.querySelectorAll('.win-text')].map((each) => each.textContent);
    expect(texts).toEqual([
      'You did a healing practice: Challenging core beliefs.',
      'You stepped back into coping when it was too much — that is part of healing.',
      'You stayed with a feeling instead of pushing it away.',
    ]);
    expect(wins.querySelectorAll('time')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'See the patterns in Insights' }).getAttribute('href')).toBe('/insights');
    // Nothing that breaks or counts what was missed.
    expect(document.body.textContent).not.toMatch(/streak|missed/i);
  });

  it('links a win that came from a practice to that practice, described by the win', async () => {
    mockApi({
      'GET /progress': progress({
        wins: [
          { ...win('belief-weaker', ago(0), 'You believe "I am not enough" less strongly than before: 80 → 65.'), practiceId: 'sheet-1' },
          { ...win('healing-practice', ago(1), 'You did a healing practice: Challenging core beliefs.'), practiceId: 'sheet-0' },
          win('sat-with-feeling', ago(2), 'You stayed with a feeling instead of pushing it away.'),
        ],
      }),
    });
    renderWithProviders(<ProgressScreen />, { path: '/progress' });
    const worksheet = await screen.findByRole('link', { name: 'See the worksheet' });
    expect(worksheet.getAttribute('href')).toBe('/practice/done/sheet-1');
    expect(worksheet.getAttribute('aria-describedby')).toBe(screen.getByText(/less strongly than before/).id);
    const practiceLinks = screen.getAllByRole('link', { name: 'See this practice' });
    expect(practiceLinks.map((link) => link.getAttribute('href'))).toEqual(['/practice/done/sheet-0']);
    expect(screen.getByText('You stayed with a feeling instead of pushing it away.').closest('li')!.querySelector('a')).toBeNull();
  });

  it('has kind words and a way to a practice when there is nothing yet', async () => {
    mockApi({
      'GET /progress': progress({
        wins: [], milestones: [],
        thisWeek: { weekStart: ago(0).slice(0, 10), moments: 0, satWithFeeling: 0, practices: 0, healingPractices: 0, steppedBack: 0, lines: ['A quiet week so far. Whatever you did to get through it counts.'] },
      }),
    });
    renderWithProviders(<ProgressScreen />, { path: '/progress' });
    expect(await screen.findByText(/Nothing here yet, and that is fine/)).toBeTruthy();
    expect(screen.getByText('A quiet week so far. Whatever you did to get through it counts.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Try a practice' }).getAttribute('href')).toBe('/practice');
    expect(screen.queryByRole('region', { name: 'Milestones' })).toBeNull();
  });

  it('asks in the browser’s time zone', async () => {
    const { fetchMock } = mockApi({ 'GET /progress': progress() });
    renderWithProviders(<ProgressScreen />, { path: '/progress' });
    await screen.findByRole('region', { name: 'This week you…' });
    const [url] = fetchMock.mock.calls.find(([input]) => input.startsWith('/api/v1/progress')) ?? [''];
    expect(new URL(url, 'http://mend.test').searchParams.get('timeZone')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
