import { CATALOGUE_VERSION } from '../catalogue/index';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from '../schemas/export';
import type { Moment } from '../schemas/moment';
import { DEFAULT_PREFERENCES } from '../schemas/follow-ups';
import type { CatalogueSkill } from '../schemas/skill';
import { buildMoment, type MomentWithoutId } from './build-moment';
import { createRandom, type Random } from './prng';
import { SCENARIOS, type Scenario } from './scenarios';
import { chooseDemoSkills } from './skill-roles';

export interface DemoHistoryOptions {
  /** How many days back, today included. */
  days: number;
  now: Date;
  seed: number;
  /** The skills the moments may use (usually the catalogue); only their ids appear. */
  skills: readonly CatalogueSkill[];
  accountName?: string;
  catalogueVersion?: number;
}

export const MAX_DEMO_DAYS = 3660;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * A believable history for trying Mend: recurring triggers, skills that soothe and skills that
 * only distract, old habits after certain triggers (one of them eased off by halfway), numb
 * moments, and healing practice that grows as distress slowly eases, except for one stuck
 * trigger that has flared up in the last two weeks. Enough for every insight to say something
 * (demo-insights.test.ts checks that). The same (days, now, seed, skills) always gives the same
 * document.
 */
export function generateDemoHistory(options: DemoHistoryOptions): ExportDocument {
  const { days, now, seed } = options;
  if (!Number.isInteger(days) || days < 0 || days > MAX_DEMO_DAYS) {
    throw new RangeError(`days must be a whole number from 0 to ${MAX_DEMO_DAYS}`);
  }
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid date');

  const random = createRandom(seed);
  const skills = chooseDemoSkills(options.skills);
  // Every demo person has their own mix of what sets them off; the stuck trigger is always a big part of it.
  const personalWeights = new Map(SCENARIOS.map((scenario) => [scenario.id, scenario.weight * ((scenario.stuck ? 1 : 0.4) + random.next() * 1.2)]));
  const hardPatch = placeHardPatch(random, days);
  const todayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  // A moment is logged a little after it happens, so nothing is dated in the last few minutes.
  const latest = now.getTime() - 5 * MINUTE;

  const drafts: MomentWithoutId[] = [];
  const taken = new Set<number>();
  for (let back = days - 1; back >= 0; back--) {
    const dayIndex = days - 1 - back;
    const dayStart = todayStart - back * DAY;
    const progress = days > 1 ? dayIndex / (days - 1) : 1;
    const inHardPatch = dayIndex >= hardPatch.from && dayIndex < hardPatch.to;
    const weekday = new Date(dayStart).getUTCDay();
    const count = momentsOnDay(random, progress, inHardPatch);
    for (let n = 0; n < count; n++) {
      const scenario = random.weighted(SCENARIOS.map((candidate) => [candidate, dayWeight(candidate, personalWeights, weekday)] as const));
      const setting = random.pick(scenario.settings);
      const at = dayStart + random.int(setting.hours[0], setting.hours[1]) * HOUR + random.int(0, 59) * MINUTE;
      if (at > latest || taken.has(at)) continue;
      taken.add(at);
      drafts.push(buildMoment({ random, skills, scenario, setting, occurredAt: new Date(at), now, progress, hardPatch: inHardPatch }));
    }
  }

  drafts.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  const moments: Moment[] = drafts.map((draft, index) => ({ id: `demo-${String(index + 1).padStart(4, '0')}`, ...draft }));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    catalogueVersion: options.catalogueVersion ?? CATALOGUE_VERSION,
    account: { name: options.accountName ?? 'demo' },
    customSkills: [],
    classifications: [],
    moments,
    preferences: { ...DEFAULT_PREFERENCES },
    followUpSkips: [],
    safetyPlanVersions: [],
    practices: [],
    path: null,
    selfChecks: [],
  };
}

function momentsOnDay(random: Random, progress: number, hardPatch: boolean): number {
  // Quiet days grow more common as things ease; a rough stretch has few of them.
  if (random.chance(hardPatch ? 0.05 : 0.12 + 0.12 * progress)) return 0;
  return random.weighted([
    [1, 3 + 2 * progress],
    [2, 4],
    [3, 2.5 - progress + (hardPatch ? 2 : 0)],
    [4, 1.2 - 0.5 * progress + (hardPatch ? 1 : 0)],
  ]);
}

/** Work weighs on weekdays and Sunday evenings; loneliness and family on weekends. */
function dayWeight(scenario: Scenario, personal: ReadonlyMap<string, number>, weekday: number): number {
  const weight = personal.get(scenario.id) ?? scenario.weight;
  const weekend = weekday === 0 || weekday === 6;
  if (scenario.id === 'work') return weight * (weekend ? 0.25 : weekday === 1 ? 1.5 : 1);
  if (scenario.id === 'loneliness' || scenario.id === 'family') return weight * (weekend ? 1.8 : 1);
  return weight;
}

/**
 * Days [from, to) of one harder stretch somewhere in the middle, for histories long enough. When
 * the history allows, it ends before the last four weeks, so it does not blur the flare of the
 * stuck trigger there.
 */
function placeHardPatch(random: Random, days: number): { from: number; to: number } {
  if (days < 14) return { from: 0, to: 0 };
  const earliest = Math.floor(days * 0.3);
  const beforeLastWeeks = days - 28 - 8;
  const latest = beforeLastWeeks >= earliest ? Math.min(Math.floor(days * 0.7), beforeLastWeeks) : Math.floor(days * 0.7);
  const from = random.int(earliest, latest);
  return { from, to: from + random.int(4, 8) };
}
