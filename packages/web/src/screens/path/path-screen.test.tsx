// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pathReadiness } from '@mend/core';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, skillFixture } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { areasFixture, pathFixture } from './path-fixture';
import { PathScreen } from './path-screen';

vi.mock('@mend/core', async (importOriginal) => {
  const core = await importOriginal<Record<string, unknown>>();
  const { areasFixture: areas } = await import('./path-fixture');
  return { ...core, HEALING_AREAS: areas, healingArea: (id: string) => areas.find((area) => area.id === id) };
});

const skills = [
  skillFixture('naming-the-inner-critic', 'Naming the inner critic', { kind: 'healing', family: 'core-beliefs' }),
  skillFixture('challenging-core-beliefs', 'Challenging core beliefs', { kind: 'healing', family: 'core-beliefs' }),
];

function setup(path = pathFixture(), savePath: (body: unknown) => unknown = (body) => {
  const update = body as { areas: { areaId: string; layer: number }[]; paused: boolean; pace: { practicesPerWeek: number }; plan: unknown };
  return pathFixture({
    version: path.version + 1,
    areas: update.areas.map(({ areaId, layer }) => {
      const deepestLayer = Math.max(layer, path.areas.find((area) => area.areaId === areaId)?.deepestLayer ?? 0);
      return { areaId, layer, startedAt: '2026-10-01T10:00:00.000Z', layerStartedAt: '2026-11-01T10:00:00.000Z', deepestLayer, deepestLayerAt: deepestLayer > 0 ? '2026-11-01T10:00:00.000Z' : null };
    }),
    paused: update.paused,
    pausedAt: update.paused ? '2026-11-02T10:00:00.000Z' : null,
    pace: update.pace,
    plan: update.plan as never,
  });
}) {
  return mockApi({
    'GET /path': () => path,
    'PUT /path': savePath,
    'GET /skills': { catalogueVersion: 1, skills },
  });
}

const puts = (calls: { method: string; body: unknown }[]) => calls.filter((call) => call.method === 'PUT').map((call) => call.body);

describe('PathScreen', () => {
  it('lists each area with its layers gentle to deep, the current one marked, and the next step', async () => {
    setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your healing path' })).toBeTruthy();

    expect((await screen.findByRole('checkbox', { name: 'Core beliefs' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Grief' }) as HTMLInputElement).checked).toBe(false);
    const layers = screen.getByRole('list', { name: 'Layers of Core beliefs, gentle to deep' });
    const items = within(layers).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.layer-name')?.textContent)).toEqual(['Noticing', 'Questioning', 'Rewriting']);
    expect(items[0]!.getAttribute('aria-current')).toBe('step');
    expect(items[0]!.textContent).toContain('you are here');
    const grief = within(screen.getByRole('list', { name: 'Layers of Grief, gentle to deep' })).getAllByRole('listitem');
    expect(grief.map((item) => item.textContent?.includes('Best with a therapist’s support'))).toEqual([false, false, true]);

    const next = screen.getByRole('region', { name: 'Next step' });
    expect(next.textContent).toContain('Whenever you’re ready: Naming the inner critic');
    expect(within(next).getByRole('link', { name: 'Start Naming the inner critic' }).getAttribute('href')).toBe('/practice/naming-the-critic?path=core-beliefs');
  });

  it('has a one-tap step back into coping, like every healing screen', async () => {
    setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    const stepBack = await screen.findByRole('link', { name: 'Step back into coping' });
    // No insights loaded: box breathing, which is never unavailable.
    expect(stepBack.getAttribute('href')).toBe('/practice/box-breathing');
  });

  it('says when the next step opens once the pace is met, without counting anything missed', async () => {
    const readyFrom = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString();
    setup(pathFixture({ next: { ...pathFixture().next!, ready: false, readyFrom }, practicesThisWeek: 2 }));
    renderWithProviders(<PathScreen />, { path: '/path' });
    const next = await screen.findByRole('region', { name: 'Next step' });
    expect(next.textContent).toMatch(/You’ve done what you planned this week; the next step opens on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\. Rest counts too\./);
    expect(within(next).queryByRole('link')).toBeNull();
  });

  it('goes a layer deeper only after the person says they feel safe enough', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    await user.click(await screen.findByRole('button', { name: 'Go a layer deeper in Core beliefs' }));

    const dialog = screen.getByRole('dialog', { name: 'Going deeper in Core beliefs' });
    expect(dialog.textContent).toContain('You practised this layer twice and your last two weeks were mostly steady.');
    expect(dialog.textContent).toContain('Questioning');
    expect(within(dialog).getByRole('group', { name: 'Do I feel safe enough to go further?' })).toBeTruthy();
    expect(puts(calls)).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Yes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(puts(calls)).toEqual([{
      baseVersion: 4,
      areas: [{ areaId: 'core-beliefs', layer: 1, feelSafeEnough: true }],
      pace: { practicesPerWeek: 2 },
      paused: false,
      plan: null,
    }]);
    expect(await screen.findByText(/You’re now in Questioning\. Going back to a gentler layer is always possible\./)).toBeTruthy();
  });

  it('closes kindly on “Not yet” and sends nothing', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    await user.click(await screen.findByRole('button', { name: 'Go a layer deeper in Core beliefs' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Not yet' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Staying here is part of the path too.')).toBeTruthy();
    expect(puts(calls)).toEqual([]);
    const deeper = screen.getByRole('button', { name: 'Go a layer deeper in Core beliefs' });
    await waitFor(() => expect(document.activeElement).toBe(deeper));
  });

  it('warns that a deep layer is best with a therapist in the readiness check', async () => {
    setup(pathFixture({
      areas: [{ areaId: 'grief', layer: 1, startedAt: '2026-10-01T10:00:00.000Z', layerStartedAt: '2026-10-20T10:00:00.000Z', deepestLayer: 1, deepestLayerAt: '2026-10-20T10:00:00.000Z' }],
      readiness: [{ areaId: 'grief', hasDeeperLayer: true, practicesInLayer: 0, practicesWanted: 2, steadyWeeks: false, offerDeeper: false, reason: 'Not yet: no practices in this layer.' }],
    }));
    const user = userEvent.setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    // Not offered by the data, but the person may still ask.
    await user.click(await screen.findByRole('button', { name: 'Go a layer deeper in Grief' }));
    const dialog = screen.getByRole('dialog', { name: 'Going deeper in Grief' });
    expect(dialog.textContent).toContain('This layer is best with a therapist’s support.');
    expect(dialog.textContent).toContain('Not yet: no practices in this layer.');
  });

  it('says what core says of an empty log, and nothing that contradicts it', async () => {
    const stored = pathFixture().areas;
    const readiness = pathReadiness({
      path: { ...pathFixture(), areas: stored }, practices: [], windowWeeks: [],
      areas: (id) => areasFixture.find((area) => area.id === id),
    });
    setup(pathFixture({ readiness }));
    const user = userEvent.setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    await user.click(await screen.findByRole('button', { name: 'Go a layer deeper in Core beliefs' }));
    const dialog = screen.getByRole('dialog', { name: 'Going deeper in Core beliefs' });
    expect(dialog.textContent).toContain(readiness[0]!.reason);
    expect(dialog.textContent).toContain('only you can tell how steady they were');
    expect(dialog.textContent).not.toMatch(/not mostly steady/);
    // The data stays advice; the person's answer decides.
    expect(dialog.textContent).toContain('This is only a guide. You know yourself best');
  });

  it('goes back to a gentler layer without asking anything', async () => {
    const { calls } = setup(pathFixture({ areas: [{ areaId: 'core-beliefs', layer: 2, startedAt: '2026-10-01T10:00:00.000Z', layerStartedAt: '2026-10-20T10:00:00.000Z', deepestLayer: 2, deepestLayerAt: '2026-10-20T10:00:00.000Z' }] }));
    const user = userEvent.setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    await user.click(await screen.findByRole('button', { name: 'Back to a gentler layer in Core beliefs' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]).toMatchObject({ areas: [{ areaId: 'core-beliefs', layer: 1 }] });
    expect((puts(calls)[0] as { areas: object[] }).areas[0]).not.toHaveProperty('feelSafeEnough');
    expect(await screen.findByText(/Back to Questioning\. Going gentler is part of the path too\./)).toBeTruthy();
    expect(await screen.findByText('You have been as deep as Rewriting. That step still counts.')).toBeTruthy();
  });

  it('keeps focus on the area after going deeper into its last layer, where “Go a layer deeper” is gone', async () => {
    setup(pathFixture({ areas: [{ areaId: 'core-beliefs', layer: 1, startedAt: '2026-10-01T10:00:00.000Z', layerStartedAt: '2026-10-20T10:00:00.000Z', deepestLayer: 1, deepestLayerAt: '2026-10-20T10:00:00.000Z' }] }));
    const user = userEvent.setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    await user.click(await screen.findByRole('button', { name: 'Go a layer deeper in Core beliefs' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes' }));

    await screen.findByText(/You’re now in Rewriting\./);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Go a layer deeper in Core beliefs' })).toBeNull());
    const gentler = screen.getByRole('button', { name: 'Back to a gentler layer in Core beliefs' });
    await waitFor(() => expect(document.activeElement).toBe(gentler));
  });

  it('keeps focus on the area after going back to its gentlest layer, where “Back to a gentler layer” is gone', async () => {
    setup(pathFixture({ areas: [{ areaId: 'core-beliefs', layer: 1, startedAt: '2026-10-01T10:00:00.000Z', layerStartedAt: '2026-10-20T10:00:00.000Z', deepestLayer: 1, deepestLayerAt: '2026-10-20T10:00:00.000Z' }] }));
    const user = userEvent.setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    await user.click(await screen.findByRole('button', { name: 'Back to a gentler layer in Core beliefs' }));

    await screen.findByText(/Back to Noticing\./);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Back to a gentler layer in Core beliefs' })).toBeNull());
    const deeper = screen.getByRole('button', { name: 'Go a layer deeper in Core beliefs' });
    await waitFor(() => expect(document.activeElement).toBe(deeper));
  });

  it('keeps its heading and the step back while the path loads', async () => {
    const { fetchMock } = setup();
    fetchMock.mockImplementation(() => new Promise<Response>(() => undefined));
    renderWithProviders(<PathScreen />, { path: '/path' });
    expect(screen.getByRole('heading', { level: 1, name: 'Your healing path' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Step back into coping' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Opening your path…');
  });

  it('keeps its heading and the step back when the path can’t be fetched', async () => {
    mockApi({
      'GET /path': () => Response.json({ error: { code: 'http_500', message: 'Mend could not open your path just now.', fields: {} } }, { status: 500 }),
      'GET /skills': { catalogueVersion: 1, skills },
    });
    renderWithProviders(<PathScreen />, { path: '/path' });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Your healing path' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Step back into coping' })).toBeTruthy();
  });

  it('saves chosen areas, the pace and a plan in this browser’s time zone', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    await user.click(await screen.findByRole('checkbox', { name: 'Grief' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'How many practices a week?' }), '3 a week');
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    const time = screen.getByLabelText('At what time?');
    await user.clear(time);
    await user.type(time, '08:30');
    await user.click(screen.getByRole('checkbox', { name: 'Remind me with a notification' }));
    await user.click(screen.getByRole('button', { name: 'Save my path' }));

    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]).toEqual({
      baseVersion: 4,
      areas: [{ areaId: 'core-beliefs', layer: 0 }, { areaId: 'grief', layer: 0 }],
      pace: { practicesPerWeek: 3 },
      paused: false,
      plan: { weekdays: [1, 5], time: '08:30', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, notify: true },
    });
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('pauses and resumes, saying nothing is lost', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    expect((await screen.findByRole('region', { name: 'Taking a break' })).textContent).toContain('Nothing is lost');
    await user.click(screen.getByRole('button', { name: 'Pause my path' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]).toMatchObject({ paused: true, areas: [{ areaId: 'core-beliefs', layer: 0 }] });
    expect(await screen.findByText('Your path is paused. Nothing is lost.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Next step' }).textContent).toContain('Your path is paused');
    await user.click(screen.getByRole('button', { name: 'Resume my path' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(2));
    expect(puts(calls)[1]).toMatchObject({ paused: false, baseVersion: 5 });
  });

  it('says plainly when the path changed elsewhere, and loads the newest', async () => {
    let version = 4;
    const { calls } = mockApi({
      'GET /path': () => pathFixture({ version }),
      'PUT /path': () => {
        version = 6;
        return Response.json(
          { error: { code: 'conflict', message: 'Your path was changed somewhere else (it is now version 6; this change started from version 4).', fields: { baseVersion: 'must be the current version, 6' } } },
          { status: 409 },
        );
      },
      'GET /skills': { catalogueVersion: 1, skills },
    });
    const user = userEvent.setup();
    renderWithProviders(<PathScreen />, { path: '/path' });
    await user.click(await screen.findByRole('button', { name: 'Pause my path' }));

    const alert = await screen.findByText(/Your path was changed somewhere else, so this change was not saved\. Mend has loaded the newest version/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'GET' && call.path === '/path')).toHaveLength(2);
    // The next save starts from the newest version.
    await user.click(screen.getByRole('button', { name: 'Pause my path' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(2));
    expect(puts(calls)[1]).toMatchObject({ baseVersion: 6 });
  });
});
