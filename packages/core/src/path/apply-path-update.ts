import type { PathAreaState, PathState, PathUpdate } from '../schemas/path';
import { healingArea } from './healing-areas';
import type { HealingAreaLookup } from './next-step';

export type PathUpdateResult = { ok: true; state: PathState } | { ok: false; field: string; message: string };

/**
 * A saved path, from the stored one and what the person sent (already checked by
 * PathUpdateSchema). Deeper work goes one layer at a time and only with the person's own yes to
 * "do I feel safe enough to go further?"; a newly chosen area starts with its gentlest layer;
 * going back to a gentler layer is always allowed, and the deepest layer reached stays remembered
 * (only a layer deeper than ever moves it; an area dropped and chosen again starts afresh). Pausing keeps everything, and the time it
 * began. The first refusal wins, named by its field ("areas.1.layer"). The version check
 * (baseVersion) is the caller's: it needs the stored version at the moment of writing.
 */
export function applyPathUpdate(current: PathState, update: PathUpdate, now: Date, areas: HealingAreaLookup = healingArea): PathUpdateResult {
  const at = now.toISOString();
  const stored = new Map(current.areas.map((area) => [area.areaId, area]));
  const next: PathAreaState[] = [];
  for (const [index, wanted] of update.areas.entries()) {
    const field = (name: string) => `areas.${index}.${name}`;
    const area = areas(wanted.areaId);
    if (!area) return { ok: false, field: field('areaId'), message: 'must be one of Mend\'s healing areas' };
    const last = area.layers.length - 1;
    if (wanted.layer > last) {
      return { ok: false, field: field('layer'), message: `must be from 0 to ${last}: this area has ${area.layers.length} layers` };
    }
    const before = stored.get(wanted.areaId);
    if (!before) {
      if (wanted.layer !== 0) return { ok: false, field: field('layer'), message: 'must be 0 for a newly chosen area: every area begins with its gentlest layer' };
      // Also an area dropped earlier and chosen again: it begins afresh, as the person chose it now.
      next.push({ areaId: wanted.areaId, layer: 0, startedAt: at, layerStartedAt: at, deepestLayer: 0, deepestLayerAt: null });
      continue;
    }
    if (wanted.layer > before.layer + 1) {
      return { ok: false, field: field('layer'), message: `must be at most ${before.layer + 1}: deeper work goes one layer at a time` };
    }
    if (wanted.layer > before.layer && wanted.feelSafeEnough !== true) {
      return { ok: false, field: field('feelSafeEnough'), message: 'must be true to go a layer deeper: only you can say whether you feel safe enough' };
    }
    const deeperThanEver = wanted.layer > before.deepestLayer;
    next.push({
      areaId: wanted.areaId,
      layer: wanted.layer,
      startedAt: before.startedAt,
      layerStartedAt: wanted.layer === before.layer ? before.layerStartedAt : at,
      deepestLayer: deeperThanEver ? wanted.layer : before.deepestLayer,
      deepestLayerAt: deeperThanEver ? at : before.deepestLayerAt,
    });
  }
  return {
    ok: true,
    state: {
      version: current.version + 1,
      areas: next,
      pace: { ...update.pace },
      paused: update.paused,
      pausedAt: update.paused ? (current.paused && current.pausedAt !== null ? current.pausedAt : at) : null,
      plan: update.plan ? { ...update.plan, weekdays: [...update.plan.weekdays] } : null,
      updatedAt: at,
    },
  };
}
