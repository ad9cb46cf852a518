import type { PathState } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { draftFromPath, layerUpdate, pauseUpdate, stepHref, toggleArea, updateFromDraft } from './path-draft';

const stored: PathState = {
  version: 3,
  areas: [
    { areaId: 'core-beliefs', layer: 1, startedAt: '2026-10-01T10:00:00Z', layerStartedAt: '2026-10-20T10:00:00Z', deepestLayer: 2, deepestLayerAt: '2026-10-10T10:00:00Z' },
    { areaId: 'grief', layer: 0, startedAt: '2026-10-01T10:00:00Z', layerStartedAt: '2026-10-01T10:00:00Z', deepestLayer: 0, deepestLayerAt: null },
  ],
  pace: { practicesPerWeek: 2 },
  paused: false,
  pausedAt: null,
  plan: { weekdays: [3, 0], time: '18:30', timeZone: 'Europe/Dublin', notify: true },
  updatedAt: '2026-10-20T10:00:00Z',
};

describe('path drafts and updates', () => {
  it('keeps stored layers for kept areas and starts new ones at the gentlest', () => {
    const draft = toggleArea(toggleArea(draftFromPath(stored), 'grief', false), 'boundaries', true);
    expect(draft).toEqual({ areaIds: ['core-beliefs', 'boundaries'], practicesPerWeek: 2, weekdays: [0, 3], time: '18:30', notify: true });
    expect(updateFromDraft({ ...draft, practicesPerWeek: 3 }, stored, 3, 'America/New_York')).toEqual({
      baseVersion: 3,
      areas: [{ areaId: 'core-beliefs', layer: 1 }, { areaId: 'boundaries', layer: 0 }],
      pace: { practicesPerWeek: 3 },
      paused: false,
      plan: { weekdays: [0, 3], time: '18:30', timeZone: 'America/New_York', notify: true },
    });
  });

  it('saves no plan when no day is chosen', () => {
    expect(updateFromDraft({ ...draftFromPath(stored), weekdays: [] }, stored, 3, 'UTC').plan).toBeNull();
  });

  it('sends “I feel safe enough” with a deeper layer, and nothing with a gentler one', () => {
    expect(layerUpdate(stored, 'grief', 1, 3).areas).toEqual([{ areaId: 'core-beliefs', layer: 1 }, { areaId: 'grief', layer: 1, feelSafeEnough: true }]);
    expect(layerUpdate(stored, 'core-beliefs', 0, 3).areas).toEqual([{ areaId: 'core-beliefs', layer: 0 }, { areaId: 'grief', layer: 0 }]);
    expect(layerUpdate(stored, 'grief', 1, 3)).toMatchObject({ baseVersion: 3, pace: stored.pace, paused: false, plan: stored.plan });
  });

  it('pauses and resumes without changing anything else', () => {
    expect(pauseUpdate(stored, true, 3)).toEqual({
      baseVersion: 3,
      areas: [{ areaId: 'core-beliefs', layer: 1 }, { areaId: 'grief', layer: 0 }],
      pace: stored.pace,
      paused: true,
      plan: stored.plan,
    });
  });

  it('opens a step as a path step, with or without a guided exercise', () => {
    expect(stepHref({ exerciseId: 'core-belief-worksheet', skillId: 'challenging-core-beliefs', areaId: 'core-beliefs' }))
      .toBe('/practice/core-belief-worksheet?path=core-beliefs');
    // No exercise: the skill's page, where "I practised this" records it on the path.
    expect(stepHref({ exerciseId: null, skillId: 'letting-the-tears-come', areaId: 'grief' })).toBe('/toolkit/letting-the-tears-come?path=grief');
  });
});
