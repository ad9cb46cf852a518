import { CATALOGUE } from '../catalogue/index';
import type { SkillEffect, WindowWeek } from '../insights/insights-schema';
import type { HealingArea } from '../path/healing-area-types';
import type { PathAreaState, PathState } from '../schemas/path';
import type { Practice } from '../schemas/practice';
import type { SkillView } from '../schemas/skill';
import { buildSkillViews } from '../skill-views';

/** Small factories for the tests of suggestions, the healing path and progress. */

/** Sunday 2026-11-22, 20:00 UTC, as in the insights' tests. */
export const AS_OF = new Date('2026-11-22T20:00:00Z');
const HOUR = 3_600_000;

export function ago(days: number, hours = 0): string {
  return new Date(AS_OF.getTime() - days * 24 * HOUR - hours * HOUR).toISOString();
}

/** The whole catalogue as a person who re-classified nothing sees it. */
export const CATALOGUE_VIEWS: readonly SkillView[] = buildSkillViews(CATALOGUE, [], []);

export function view(id: string): SkillView {
  const found = CATALOGUE_VIEWS.find((skill) => skill.id === id);
  if (!found) throw new Error(`no catalogue skill ${id}`);
  return found;
}

/** A skill of the person's own, suitable for everything unless told otherwise. */
export function ownSkill(id: string, overrides: Partial<SkillView> = {}): SkillView {
  return {
    id, name: id, kind: 'coping', family: 'other', source: 'custom', catalogueKind: null, catalogueFamily: null,
    summary: '', whenItFits: '', whatItDoes: '', whatItDoesNot: '', steps: [],
    distressRange: { min: 0, max: 10 }, arousal: ['hyper', 'window', 'hypo'], withTherapist: false, pointsToCrisisHelp: false,
    awaitingClassification: false, ...overrides,
  };
}

/** A skill effect as computeInsights gives it; by default one that soothes (6 uses, about 3 points, 80% held). */
export function createEffect(skillId: string, overrides: Partial<SkillEffect> = {}): SkillEffect {
  const kind = CATALOGUE_VIEWS.find((skill) => skill.id === skillId)?.kind ?? 'coping';
  return {
    skillId, kind, uses: 6, usesWithAfter: 6, meanRelief: 3, reliefSpread: 1, shrunkRelief: 2.8,
    reliefInterval: { low: 2.2, high: 3.8 }, usesWithFollowUp: 4, meanHeld: 0.8, meanRebound: 0.5,
    sameTriggerWithinDay: 0, usesWithTrigger: 0, usualSameTriggerWithinDay: 0,
    verdict: 'soothes', reason: 'relief-held', certainty: 'low',
    ...overrides,
  };
}

/**
 * Twelve weeks for the window of tolerance, the last ones as given ([moments, outside] each,
 * the current week last), the earlier ones empty.
 */
export function windowWeeks(...last: readonly (readonly [moments: number, outside: number])[]): WindowWeek[] {
  const counts = [...Array.from({ length: 12 - last.length }, () => [0, 0] as const), ...last];
  return counts.map(([moments, outside], week) => ({
    weekStart: new Date(Date.UTC(2026, 8, 7 + 7 * week)).toISOString().slice(0, 10),
    moments,
    outside,
    share: moments > 0 ? outside / moments : null,
    peakDistress: moments > 0 ? (outside > 0 ? 8 : 5) : null,
  }));
}

/** Last two complete weeks mostly inside the window (0 of 4, then 1 of 5 outside). */
export const STEADY_WEEKS = windowWeeks([4, 0], [5, 1], [1, 0]);
/** Two of four moments outside the window in the week before last. */
export const HARD_WEEKS = windowWeeks([4, 2], [3, 0], [0, 0]);

let practiceCount = 0;

export function createPractice(overrides: Partial<Practice> = {}): Practice {
  const startedAt = overrides.startedAt ?? ago(1);
  return {
    id: `practice-${++practiceCount}`,
    skillId: 'self-compassion-pause',
    exerciseId: null,
    startedAt,
    durationSeconds: 300,
    distressBefore: null,
    distressAfter: null,
    notes: null,
    steppedBack: false,
    answers: {},
    pathAreaId: null,
    kind: 'healing',
    createdAt: startedAt,
    ...overrides,
  };
}

/** By default the person has never been deeper than the layer they are in now. */
export function areaState(
  areaId: string, layer = 0, layerStartedAt = ago(20), startedAt = ago(40),
  deepest: Partial<Pick<PathAreaState, 'deepestLayer' | 'deepestLayerAt'>> = {},
): PathAreaState {
  return { areaId, layer, startedAt, layerStartedAt, deepestLayer: layer, deepestLayerAt: layer > 0 ? layerStartedAt : null, ...deepest };
}

export function createPath(areas: readonly PathAreaState[], overrides: Partial<PathState> = {}): PathState {
  return {
    version: 3, areas: [...areas], pace: { practicesPerWeek: 1 }, paused: false, pausedAt: null, plan: null, updatedAt: ago(20),
    ...overrides,
  };
}

/** A fixed area, so the path's rules can be tested whatever the real areas hold. */
export const TEST_AREA: HealingArea = {
  id: 'test-area',
  name: 'Test area',
  summary: 'For tests.',
  layers: [
    { name: 'Gentle', summary: 'First.', skillIds: ['self-compassion-pause', 'sitting-with-a-feeling'] },
    { name: 'Middle', summary: 'Second.', skillIds: ['challenging-core-beliefs', 'setting-a-boundary'] },
    { name: 'Deep', summary: 'Third.', skillIds: ['processing-emotional-memories'] },
  ],
  deepLayersWithTherapist: true,
};

export const OTHER_AREA: HealingArea = {
  id: 'other-area',
  name: 'Other area',
  summary: 'For tests.',
  layers: [
    { name: 'Only gentle', summary: 'First.', skillIds: ['letting-the-tears-come'] },
    { name: 'Last', summary: 'Second.', skillIds: ['making-meaning-of-loss'] },
  ],
  deepLayersWithTherapist: false,
};

export const testAreas = (id: string): HealingArea | undefined => [TEST_AREA, OTHER_AREA].find((area) => area.id === id);
