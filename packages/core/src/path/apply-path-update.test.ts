import { describe, expect, it } from 'vitest';
import { PathStateSchema, PathUpdateSchema, type PathState } from '../schemas/path';
import { AS_OF, ago, areaState, createPath, testAreas } from '../suggestions/healing-factories';
import { applyPathUpdate } from './apply-path-update';

const NOW = AS_OF;
const at = NOW.toISOString();
const stored = createPath([areaState('test-area', 1, ago(10), ago(40)), areaState('other-area', 0, ago(30), ago(30))]);

function apply(areas: unknown[], extra: Record<string, unknown> = {}, current: PathState = stored) {
  const update = PathUpdateSchema.parse({ areas, pace: { practicesPerWeek: 2 }, paused: false, ...extra });
  const result = applyPathUpdate(current, update, NOW, testAreas);
  if (result.ok) expect(PathStateSchema.parse(result.state)).toEqual(result.state);
  return result;
}

describe('saving the path', () => {
  it('refuses, naming the field: an unknown area, a layer the area does not have, a new area not at its gentlest layer', () => {
    expect(apply([{ areaId: 'test-area', layer: 1 }, { areaId: 'no-such-area', layer: 0 }]))
      .toEqual({ ok: false, field: 'areas.1.areaId', message: 'must be one of Mend\'s healing areas' });
    expect(apply([{ areaId: 'test-area', layer: 3, feelSafeEnough: true }]))
      .toEqual({ ok: false, field: 'areas.0.layer', message: 'must be from 0 to 2: this area has 3 layers' });
    expect(apply([{ areaId: 'test-area', layer: 1 }, { areaId: 'other-area', layer: 0 }], {}, createPath([areaState('test-area', 1)])))
      .toMatchObject({ ok: true });
    expect(apply([{ areaId: 'other-area', layer: 1, feelSafeEnough: true }], {}, createPath([])))
      .toEqual({ ok: false, field: 'areas.0.layer', message: 'must be 0 for a newly chosen area: every area begins with its gentlest layer' });
  });

  it('goes deeper one layer at a time, and only with the person\'s own yes', () => {
    const atZero = createPath([areaState('test-area', 0, ago(10))]);
    expect(apply([{ areaId: 'test-area', layer: 2, feelSafeEnough: true }], {}, atZero))
      .toEqual({ ok: false, field: 'areas.0.layer', message: 'must be at most 1: deeper work goes one layer at a time' });
    for (const feelSafeEnough of [undefined, false]) {
      expect(apply([{ areaId: 'other-area', layer: 0 }, { areaId: 'test-area', layer: 2, feelSafeEnough }]))
        .toEqual({ ok: false, field: 'areas.1.feelSafeEnough', message: 'must be true to go a layer deeper: only you can say whether you feel safe enough' });
    }
    const deeper = apply([{ areaId: 'test-area', layer: 2, feelSafeEnough: true }, { areaId: 'other-area', layer: 0 }]);
    expect(deeper).toEqual({
      ok: true,
      state: {
        version: 4,
        areas: [
          { areaId: 'test-area', layer: 2, startedAt: ago(40), layerStartedAt: at, deepestLayer: 2, deepestLayerAt: at },
          { areaId: 'other-area', layer: 0, startedAt: ago(30), layerStartedAt: ago(30), deepestLayer: 0, deepestLayerAt: null },
        ],
        pace: { practicesPerWeek: 2 }, paused: false, pausedAt: null, plan: null, updatedAt: at,
      },
    });
  });

  it('always allows going back to a gentler layer, without asking', () => {
    const back = apply([{ areaId: 'test-area', layer: 0 }]);
    expect(back).toMatchObject({ ok: true, state: { areas: [{ areaId: 'test-area', layer: 0, startedAt: ago(40), layerStartedAt: at }] } });
  });

  it('remembers the deepest layer reached and when it was first reached: going back keeps it, only deeper than ever moves it', () => {
    const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
    const save = (current: PathState, layer: number, when: Date) => {
      const result = applyPathUpdate(current, PathUpdateSchema.parse({ areas: [{ areaId: 'test-area', layer, feelSafeEnough: true }], pace: { practicesPerWeek: 1 }, paused: false }), when, testAreas);
      if (!result.ok) throw new Error(result.message);
      expect(PathStateSchema.parse(result.state)).toEqual(result.state);
      return result.state;
    };
    const deepest = (state: PathState) => {
      const { layer, layerStartedAt, deepestLayer, deepestLayerAt } = state.areas[0]!;
      return { layer, layerStartedAt, deepestLayer, deepestLayerAt };
    };
    const chosen = save(createPath([]), 0, NOW);
    expect(deepest(chosen)).toEqual({ layer: 0, layerStartedAt: at, deepestLayer: 0, deepestLayerAt: null });
    const middle = save(chosen, 1, later(1));
    expect(deepest(middle)).toEqual({ layer: 1, layerStartedAt: later(1).toISOString(), deepestLayer: 1, deepestLayerAt: later(1).toISOString() });
    const back = save(middle, 0, later(2));
    expect(deepest(back)).toEqual({ layer: 0, layerStartedAt: later(2).toISOString(), deepestLayer: 1, deepestLayerAt: later(1).toISOString() });
    // Deeper again, but no deeper than before: the first time stays the time.
    const again = save(back, 1, later(3));
    expect(deepest(again)).toEqual({ layer: 1, layerStartedAt: later(3).toISOString(), deepestLayer: 1, deepestLayerAt: later(1).toISOString() });
    const deeperThanEver = save(again, 2, later(4));
    expect(deepest(deeperThanEver)).toEqual({ layer: 2, layerStartedAt: later(4).toISOString(), deepestLayer: 2, deepestLayerAt: later(4).toISOString() });
    // Staying where one is changes nothing.
    expect(deepest(save(deeperThanEver, 2, later(5)))).toEqual(deepest(deeperThanEver));
    // Dropped, then chosen again: it begins afresh.
    const dropped = applyPathUpdate(deeperThanEver, PathUpdateSchema.parse({ areas: [], pace: { practicesPerWeek: 1 }, paused: false }), later(6), testAreas);
    if (!dropped.ok) throw new Error(dropped.message);
    expect(deepest(save(dropped.state, 0, later(7)))).toEqual({ layer: 0, layerStartedAt: later(7).toISOString(), deepestLayer: 0, deepestLayerAt: null });
  });

  it('keeps what is kept, in the order sent, adds new areas at layer 0 from now, and drops areas no longer chosen', () => {
    const current = createPath([areaState('test-area', 1, ago(10), ago(40))]);
    const plan = { weekdays: [0, 3], time: '19:30', timeZone: 'Europe/Dublin', notify: true };
    const result = apply([{ areaId: 'other-area', layer: 0 }, { areaId: 'test-area', layer: 1 }], { plan }, current);
    expect(result).toMatchObject({
      ok: true,
      state: {
        version: 4, plan, updatedAt: at,
        areas: [
          { areaId: 'other-area', layer: 0, startedAt: at, layerStartedAt: at, deepestLayer: 0, deepestLayerAt: null },
          { areaId: 'test-area', layer: 1, startedAt: ago(40), layerStartedAt: ago(10), deepestLayer: 1, deepestLayerAt: ago(10) },
        ],
      },
    });
    expect(apply([], {}, current)).toMatchObject({ ok: true, state: { areas: [] } });
  });

  it('pauses and resumes without losing anything; the pause keeps the time it began', () => {
    const same = [{ areaId: 'test-area', layer: 1 }, { areaId: 'other-area', layer: 0 }];
    const paused = apply(same, { paused: true });
    expect(paused).toMatchObject({ ok: true, state: { paused: true, pausedAt: at, areas: stored.areas } });
    if (!paused.ok) throw new Error('expected a saved path');
    const stillPaused = applyPathUpdate(paused.state, PathUpdateSchema.parse({ areas: same, pace: { practicesPerWeek: 3 }, paused: true }), new Date(NOW.getTime() + 86_400_000), testAreas);
    expect(stillPaused).toMatchObject({ ok: true, state: { version: 5, paused: true, pausedAt: at, pace: { practicesPerWeek: 3 } } });
    const resumed = apply(same, {}, paused.state);
    expect(resumed).toMatchObject({ ok: true, state: { version: 5, paused: false, pausedAt: null, areas: stored.areas } });
  });

  it('works with Mend\'s own areas by default', () => {
    const result = applyPathUpdate(createPath([]), PathUpdateSchema.parse({ areas: [{ areaId: 'core-beliefs', layer: 0 }], pace: { practicesPerWeek: 1 }, paused: false }), NOW);
    expect(result).toMatchObject({ ok: true, state: { areas: [{ areaId: 'core-beliefs', layer: 0 }] } });
  });
});
