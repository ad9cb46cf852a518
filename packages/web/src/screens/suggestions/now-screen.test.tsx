// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, skillFixture } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { NowScreen } from './now-screen';

const skills = [
  skillFixture('box-breathing', 'Box breathing'),
  skillFixture('five-senses', 'Five senses', { family: 'grounding' }),
  skillFixture('naming-the-inner-critic', 'Naming the inner critic', { kind: 'healing', family: 'core-beliefs' }),
];

function setup(answer: (url: URL) => object) {
  return mockApi({
    'GET /suggestions': (_, url) => answer(url),
    'GET /skills': { catalogueVersion: 1, skills },
    'GET /path': {
      version: 1, areas: [{ areaId: 'core-beliefs', layer: 0, startedAt: '2026-10-01T10:00:00.000Z', layerStartedAt: '2026-10-01T10:00:00.000Z', deepestLayer: 0, deepestLayerAt: null }],
      pace: { practicesPerWeek: 1 }, paused: false, pausedAt: null, plan: null, updatedAt: null,
      next: { areaId: 'core-beliefs', layer: 0, skillId: 'naming-the-inner-critic', exerciseId: 'naming-the-critic', kind: 'healing', ready: true, readyFrom: null, reason: 'Whenever you’re ready.' },
      readiness: [], practicesThisWeek: 0,
    },
  });
}

const steadyFirst = {
  band: 'steady-first',
  offerSafetyPlan: true,
  suggestions: [
    { skillId: 'five-senses', kind: 'coping', exerciseId: 'five-senses-grounding', source: 'own-data', pathAreaId: null, reason: 'Your log shows this eased things on 5 of 6 times.' },
    { skillId: 'box-breathing', kind: 'coping', exerciseId: null, source: 'catalogue', pathAreaId: null, reason: 'Slow breathing can settle a racing body.' },
  ],
};

describe('NowScreen', () => {
  it('at a 9, offers the safety plan and help first, then steadying things with their reasons', async () => {
    const { calls } = setup(() => steadyFirst);
    const user = userEvent.setup();
    renderWithProviders(<NowScreen />, { path: '/now' });
    expect(screen.getByRole('heading', { level: 1, name: 'What might help now' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: /^9 / }));
    await user.click(screen.getByRole('radio', { name: /Wound up/ }));
    await user.type(screen.getByLabelText('What set it off? (optional)'), 'argument with my boss');
    await user.click(screen.getByRole('button', { name: 'Show what might help' }));

    const results = await screen.findByRole('region', { name: 'Things to try' });
    expect(within(results).getByRole('link', { name: 'Open my safety plan' }).getAttribute('href')).toBe('/safety-plan');
    expect(within(results).getByRole('link', { name: 'I need help now' }).getAttribute('href')).toBe('/help');
    await within(results).findByText('Your log shows this eased things on 5 of 6 times.');
    expect(within(results).getByText('Slow breathing can settle a racing body.')).toBeTruthy();
    expect(within(results).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Five senses', 'Box breathing']);
    expect(within(results).getByRole('link', { name: 'Start Five senses' }).getAttribute('href')).toBe('/practice/five-senses-grounding');
    expect(within(results).getByRole('link', { name: 'Open Box breathing' }).getAttribute('href')).toBe('/toolkit/box-breathing');
    // The safety plan comes before the list.
    const plan = within(results).getByRole('link', { name: 'Open my safety plan' });
    const first = within(results).getByRole('link', { name: 'Start Five senses' });
    expect(plan.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const asked = calls.find((call) => call.path === '/suggestions');
    expect(asked).toBeTruthy();
  });

  it('sends the distress, arousal and trigger', async () => {
    const { fetchMock } = setup(() => steadyFirst);
    const user = userEvent.setup();
    renderWithProviders(<NowScreen />, { path: '/now' });
    await user.click(screen.getByRole('radio', { name: /^9 / }));
    await user.click(screen.getByRole('radio', { name: /Numb/ }));
    await user.type(screen.getByLabelText('What set it off? (optional)'), ' a phone call ');
    await user.click(screen.getByRole('button', { name: 'Show what might help' }));
    await screen.findByRole('region', { name: 'Things to try' });
    const [url] = fetchMock.mock.calls.find(([input]) => input.startsWith('/api/v1/suggestions')) ?? [''];
    expect(Object.fromEntries(new URL(url, 'http://mend.test').searchParams)).toEqual({ distress: '9', arousal: 'hypo', trigger: 'a phone call' });
  });

  it('at a 2, offers no safety plan, and a path step counts on the path', async () => {
    setup(() => ({
      band: 'heal',
      offerSafetyPlan: false,
      suggestions: [{ skillId: 'naming-the-inner-critic', kind: 'healing', exerciseId: 'naming-the-critic', source: 'path', pathAreaId: 'core-beliefs', reason: 'The next step on your path, in Core beliefs.' }],
    }));
    renderWithProviders(<NowScreen />, { path: '/now?distress=2' });
    const results = await screen.findByRole('region', { name: 'Things to try' });
    expect(await within(results).findByText('The next step on your path, in Core beliefs.')).toBeTruthy();
    expect(within(results).queryByRole('link', { name: 'Open my safety plan' })).toBeNull();
    expect(within(results).getByText('Healing · a step on your path')).toBeTruthy();
    // The suggestion names its area, so the practice counts in that area of the path.
    await waitFor(() => expect(within(results).getByRole('link', { name: 'Start Naming the inner critic' }).getAttribute('href'))
      .toBe('/practice/naming-the-critic?path=core-beliefs'));
  });

  it('asks for a number first, and still offers the plan at an 8 when the server can’t be reached', async () => {
    mockApi({ 'GET /skills': { catalogueVersion: 1, skills } });
    const user = userEvent.setup();
    renderWithProviders(<NowScreen />, { path: '/now' });
    await user.click(screen.getByRole('button', { name: 'Show what might help' }));
    expect(screen.getByText('Choose a number first, 0 to 10.')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: /^8 / }));
    await user.click(screen.getByRole('button', { name: 'Show what might help' }));
    const results = await screen.findByRole('region', { name: 'Things to try' });
    expect(within(results).getByRole('link', { name: 'Open my safety plan' })).toBeTruthy();
    expect(await within(results).findByText(/still has every skill/)).toBeTruthy();
  });
});
