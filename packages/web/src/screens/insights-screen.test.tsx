// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyInsightsFixture, insightsFixture } from '../test/insights-fixture';
import { mockApi, skillFixture } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { InsightsScreen } from './insights-screen';

const skills = [
  skillFixture('box-breathing', 'Box breathing'),
  skillFixture('endless-scrolling', 'Endless scrolling', { kind: 'maladaptive', family: 'avoidance' }),
  skillFixture('setting-a-boundary', 'Setting a boundary', { kind: 'healing', family: 'boundaries' }),
];

function setup(insights: object) {
  return mockApi({
    'GET /insights': insights as Record<string, unknown>,
    'GET /skills': { catalogueVersion: 1, skills },
  });
}

describe('InsightsScreen', () => {
  it('shows every section, in order, each with a sentence from the data', async () => {
    const { fetchMock } = setup(insightsFixture());
    renderWithProviders(<InsightsScreen />, { path: '/insights' });

    expect(screen.getByRole('heading', { level: 1, name: 'Insights' })).toBeTruthy();
    await screen.findByRole('heading', { level: 2, name: 'What helps you' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'What helps you',
      'How you’ve been coping',
      'When it’s hardest',
      'Triggers that keep coming back',
      'Coping and healing over time',
      'Your window of tolerance',
      'When coping isn’t enough',
      'Wins',
    ]);

    const [url] = fetchMock.mock.calls.find(([input]) => input.startsWith('/api/v1/insights')) ?? [''];
    expect(new URL(url, 'http://mend.test').searchParams.get('timeZone')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);

    const whatHelps = section('What helps you');
    expect(whatHelps.textContent).toContain('Box breathing seems to soothe you');
    expect(whatHelps.textContent).toContain('Endless scrolling gives relief now that tends to fade');
    expect(whatHelps.textContent).toContain('(fairly clear)');
    expect(within(whatHelps).getAllByRole('link', { name: 'Box breathing' }).map((link) => link.getAttribute('href'))).toEqual(['/toolkit/box-breathing', '/toolkit/box-breathing']);
    expect(whatHelps.textContent).toContain('you could reach for Box breathing first');
    expect(whatHelps.textContent).toMatch(/needs 3 uses with an ‘after’ number/);

    // The one-way note is gentle and points somewhere.
    const coping = section('How you’ve been coping');
    expect(coping.textContent).toContain('Endless scrolling has been doing a lot of the work lately');
    expect(coping.textContent).toContain('doing your best with the tools you have');
    expect(within(coping).getByRole('link', { name: /coping skill/ }).getAttribute('href')).toBe('/toolkit?kind=coping');

    const recurring = section('Triggers that keep coming back');
    expect(recurring.textContent).toContain('worth healing work');
    expect(within(recurring).getByRole('link', { name: 'Setting a boundary' }).getAttribute('href')).toBe('/toolkit/setting-a-boundary');

    const reachOut = section('When coping isn’t enough');
    expect(within(reachOut).getByRole('link', { name: 'See who you can reach' }).getAttribute('href')).toBe('/help');

    expect(section('Wins').textContent).toContain('You stayed with a feeling instead of pushing it away 4 times');
  });

  it('gives every chart a table with a caption, and the heat map is a table of its own', async () => {
    setup(insightsFixture());
    renderWithProviders(<InsightsScreen />, { path: '/insights' });
    await screen.findByRole('heading', { level: 2, name: 'What helps you' });

    const heatMap = screen.getByRole('table', { name: /Moments by weekday and time of day/ });
    expect(heatMap.querySelector('caption')?.textContent).toMatch(/3-hour blocks/);
    const monday = within(heatMap).getByRole('row', { name: /Monday/ });
    expect(within(monday).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '0', '0', '0', '0', '0', '0', '7']);
    expect(section('When it’s hardest').textContent).toContain('Hard moments come most often in the late evening (21:00–24:00), and more on Mondays');

    // Charts are for the eyes; the numbers are in tables every reader can reach.
    for (const chart of document.querySelectorAll('.chart-box')) expect(chart.getAttribute('aria-hidden')).toBe('true');
    const captions = [...document.querySelectorAll('details.numbers caption')].map((caption) => caption.textContent);
    expect(captions).toHaveLength(document.querySelectorAll('.chart-box').length);
    expect(document.querySelectorAll('.chart-box [tabindex]:not([tabindex="-1"]), .chart-box a, .chart-box button')).toHaveLength(0);
  });

  it('leaves out "When coping isn’t enough" unless the data suggests it', async () => {
    setup({ ...insightsFixture(), copingNotEnough: { windowDays: 14, count: 1, suggestReachingOut: false } });
    renderWithProviders(<InsightsScreen />, { path: '/insights' });
    await screen.findByRole('heading', { level: 2, name: 'Wins' });
    expect(screen.queryByRole('heading', { name: 'When coping isn’t enough' })).toBeNull();
  });

  it('explains what Mend needs to see first when there is nothing yet', async () => {
    setup(emptyInsightsFixture());
    renderWithProviders(<InsightsScreen />, { path: '/insights' });
    expect(await screen.findByText(/After a few moments with an ‘after’ number and a check-in/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log a moment' }).getAttribute('href')).toBe('/');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says what each section needs when there are moments but little else', async () => {
    setup({ ...emptyInsightsFixture(), moments: 2 });
    renderWithProviders(<InsightsScreen />, { path: '/insights' });
    const whatHelps = await screen.findByRole('heading', { level: 2, name: 'What helps you' });
    expect(whatHelps.closest('section')?.textContent).toContain('After a few moments with an ‘after’ number and a check-in');
    expect(section('Triggers that keep coming back').textContent).toContain('4 or more times in 4 weeks');
    expect(section('Wins').textContent).toContain('Wins show up here as they happen');
    expect(document.querySelectorAll('.chart-box')).toHaveLength(0);
  });
});

function section(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 2, name });
  const found = heading.closest('section');
  if (!found) throw new Error(`no section for ${name}`);
  return found;
}
