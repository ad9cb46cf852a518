// @vitest-environment happy-dom
import { emptySafetyPlan } from '@mend/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { insightsFixture } from '../../test/insights-fixture';
import { mockApi, momentFixture, skillFixture } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { ReportScreen } from './report-screen';

const recent = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
const note = '<script>window.__pwned=1</script> rough day';

function routes(asked: URLSearchParams[] = []) {
  return {
    'GET /moments': (_: unknown, url: URL) => (asked.push(url.searchParams), {
      moments: [momentFixture({ version: 1, occurredAt: recent, distressBefore: 7, distressAfter: 3, skillIds: ['box-breathing'], note, trigger: 'a call' })],
      // Two pages, so the report asks until the last one.
      nextCursor: url.searchParams.get('cursor') ? null : 'page-2',
    }),
    'GET /practices': { practices: [] },
    'GET /insights': insightsFixture(),
    'GET /progress': {
      asOf: recent, timeZone: 'UTC', milestones: [],
      wins: [{ kind: 'sat-with-feeling', at: recent, text: 'You stayed with a feeling instead of pushing it away.', skillId: null, practiceId: null, momentId: 'm1' }],
      thisWeek: { weekStart: recent.slice(0, 10), moments: 1, satWithFeeling: 0, practices: 0, healingPractices: 0, steppedBack: 0, lines: [] },
    },
    'GET /safety-plan': { ...emptySafetyPlan(), warningSigns: ['I stop answering messages'], version: 1, savedAt: recent },
    'GET /preferences': { followUpDelayMinutes: 120, country: 'IE' },
    'GET /skills': { catalogueVersion: 1, skills: [skillFixture('box-breathing', 'Box breathing')] },
  };
}

describe('ReportScreen', () => {
  it('shows the chosen parts for the last 30 days, notes left out until asked for', async () => {
    const asked: URLSearchParams[] = [];
    mockApi(routes(asked));
    const user = userEvent.setup();
    renderWithProviders(<ReportScreen />, { path: '/report' });
    expect(screen.getByRole('heading', { level: 1, name: 'My Mend report' })).toBeTruthy();
    expect(screen.getByText(/made with Mend on/).textContent).toMatch(/^From .+ to .+ · made with Mend on .+/);

    const moments = await screen.findByRole('region', { name: 'Moments' });
    // Both pages, from 30 days back.
    await waitFor(() => expect(asked).toHaveLength(2));
    const from = Date.parse(asked[0]!.get('from') ?? '');
    expect(Math.round((Date.now() - from) / (24 * 60 * 60 * 1000))).toBe(30);
    expect(asked[1]!.get('cursor')).toBe('page-2');
    expect(within(moments).getAllByRole('row')).toHaveLength(3);
    expect(within(moments).getAllByText('Box breathing').length).toBeGreaterThan(0);
    expect(moments.textContent).not.toContain('rough day');

    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary.textContent).toContain('2 moments logged');
    expect(summary.textContent).toContain('Box breathing soothes you');
    expect((await screen.findByRole('region', { name: 'Wins and milestones' })).textContent).toContain('You stayed with a feeling');
    expect((await screen.findByRole('region', { name: 'My safety plan' })).textContent).toContain('I stop answering messages');

    await user.click(screen.getByRole('checkbox', { name: /Notes and triggers/ }));
    // The person's words, as text: a script tag is shown, never run.
    expect(within(screen.getByRole('region', { name: 'Moments' })).getAllByText(note)).toHaveLength(2);
    expect(document.querySelector('.report-body script')).toBeNull();
  });

  it('asks for everything without a start, and leaves out what is unticked', async () => {
    const asked: URLSearchParams[] = [];
    const { calls } = mockApi(routes(asked));
    const user = userEvent.setup();
    renderWithProviders(<ReportScreen />, { path: '/report?period=all&leave=plan,wins' });
    await screen.findByRole('region', { name: 'Moments' });
    expect(asked[0]!.has('from')).toBe(false);
    expect(screen.queryByRole('region', { name: 'My safety plan' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Wins and milestones' })).toBeNull();
    expect(calls.some((call) => call.path === '/safety-plan')).toBe(false);

    await user.click(screen.getByRole('checkbox', { name: 'Moments, as a table' }));
    expect(screen.queryByRole('region', { name: 'Moments' })).toBeNull();
  });

  it('can be printed only once every ticked part has loaded', async () => {
    const { fetchMock } = mockApi(routes());
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Wins come last: the moments are there, the button still waits.
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      if (input.includes('/progress')) await held;
      return fetchMock(input, init);
    });
    renderWithProviders(<ReportScreen />, { path: '/report' });
    await screen.findByRole('region', { name: 'Moments' });
    await screen.findByRole('region', { name: 'My safety plan' });
    const button = screen.getByRole('button', { name: 'Print or save as PDF' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    release();
    await screen.findByRole('region', { name: 'Wins and milestones' });
    await waitFor(() => expect(button.disabled).toBe(false));
  });

  it('prints with the browser\'s own dialog', async () => {
    mockApi(routes());
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const user = userEvent.setup();
    renderWithProviders(<ReportScreen />, { path: '/report' });
    const button = await screen.findByRole('button', { name: 'Print or save as PDF' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await user.click(button);
    expect(print).toHaveBeenCalledOnce();
  });
});
