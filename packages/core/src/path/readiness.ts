import type { WindowWeek } from '../insights/insights-schema';
import type { PathState, Readiness } from '../schemas/path';
import type { Practice } from '../schemas/practice';
import type { HealingArea } from './healing-area-types';
import { healingArea } from './healing-areas';
import { currentPathLayer, recentWeeks, type HealingAreaLookup, type RecentWeeks } from './next-step';

/** Practices in the current layer of an area before Mend offers the next one. */
export const PRACTICES_WANTED = 2;

export interface PathReadinessInput {
  path: PathState;
  practices: readonly Practice[];
  windowWeeks: readonly WindowWeek[];
  /** Default: Mend's healing areas. */
  areas?: HealingAreaLookup;
}

/**
 * For each chosen area (in the order chosen; an area Mend no longer has is left out): whether
 * there is a deeper layer, how many practices the person has done in the current one since it
 * began (stepping back counts: showing up is the practice), and whether the last two complete
 * weeks were mostly inside the window. Mend offers the deeper layer when all three say yes. This
 * is advice: the person's own "do I feel safe enough?" decides.
 */
export function pathReadiness(input: PathReadinessInput): Readiness[] {
  const lookup = input.areas ?? healingArea;
  const weeks = recentWeeks(input.windowWeeks);
  const steadyWeeks = weeks === 'steady';
  const readiness: Readiness[] = [];
  for (const state of input.path.areas) {
    const area = lookup(state.areaId);
    const layer = area && currentPathLayer(area, state);
    if (!area || !layer) continue;
    const since = Date.parse(state.layerStartedAt);
    const practicesInLayer = input.practices.filter((practice) =>
      practice.pathAreaId === state.areaId
      && layer.skillIds.includes(practice.skillId)
      && Date.parse(practice.startedAt) >= since).length;
    const hasDeeperLayer = state.layer < area.layers.length - 1;
    const practiced = practicesInLayer >= PRACTICES_WANTED;
    readiness.push({
      areaId: state.areaId,
      hasDeeperLayer,
      practicesInLayer,
      practicesWanted: PRACTICES_WANTED,
      steadyWeeks,
      offerDeeper: hasDeeperLayer && practiced && steadyWeeks,
      reason: readinessReason(area, state.layer, practicesInLayer, weeks, hasDeeperLayer),
    });
  }
  return readiness;
}

const WEEKS_WORDS: Record<RecentWeeks, string> = {
  'steady': 'The last two weeks were mostly inside your window.',
  'unsteady': 'The last two weeks had some hard stretches, so staying with this layer a while longer may feel better. That is a fine place to be.',
  'no-moments': 'Mend has no moments from the last two weeks to go by, so only you can tell how steady they were.',
};

/**
 * Whether a layer is best done with a therapist alongside: the deepest layer of an area whose
 * deep work the catalogue marks so. One rule for the readiness check and the path screen.
 */
export function layerBestWithTherapist(area: HealingArea, layer: number): boolean {
  return area.deepLayersWithTherapist && layer > 0 && layer === area.layers.length - 1;
}

function readinessReason(area: HealingArea, layer: number, done: number, weeks: RecentWeeks, deeper: boolean): string {
  if (!deeper) return 'This is the deepest layer of this area. Stay with it for as long as it is useful; there is nowhere further you have to get to.';
  const practiced = done >= PRACTICES_WANTED;
  const times = done === 1 ? 'once' : done === 2 ? 'twice' : `${done} times`;
  const practice = done === 0
    ? `Mend looks for ${PRACTICES_WANTED} practices in this layer before offering the next one; there is no hurry.`
    : practiced
      ? `You've practised this layer ${times}.`
      : `You've practised this layer ${times}; Mend looks for ${PRACTICES_WANTED} before offering the next one, and there is no hurry.`;
  const decide = practiced && weeks === 'steady' ? ' If you feel safe enough, the next layer is open; you decide.' : '';
  const withTherapist = layerBestWithTherapist(area, layer + 1)
    ? ' The next layer is best done with a therapist alongside you.'
    : '';
  return `${practice} ${WEEKS_WORDS[weeks]}${decide}${withTherapist}`;
}
