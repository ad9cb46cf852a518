import {
  CATALOGUE_VERSION, DEFAULT_PREFERENCES, EXPORT_FORMAT, EXPORT_VERSION, momentDefaults, type ExportDocument, type Moment, type MomentCreate, type PracticeCreate,
} from '@mend/core';
import { FIXED_NOW } from './test-clock';

let sequence = 0;

/** A moment to POST: only distressBefore is required, the rest is there to be realistic. */
export function createMoment(overrides: Partial<MomentCreate> = {}): MomentCreate {
  sequence++;
  return {
    occurredAt: new Date(Date.parse(FIXED_NOW) - sequence * 60_000).toISOString(),
    distressBefore: 7,
    distressAfter: 4,
    arousal: 'hyper',
    emotions: ['anxious', 'ashamed'],
    trigger: 'argument with my boss',
    triggerTags: ['work-conflict'],
    contextTags: ['home', 'alone'],
    skillIds: [],
    followUps: [],
    note: 'it passed',
    satWithFeeling: false,
    ...overrides,
  };
}

/** A practice to POST: a finished box-breathing session a little before the fixed clock. */
export function createPractice(overrides: Partial<PracticeCreate> = {}): PracticeCreate {
  sequence++;
  return {
    skillId: 'box-breathing',
    exerciseId: 'box-breathing',
    startedAt: new Date(Date.parse(FIXED_NOW) - sequence * 60_000 - 10 * 60_000).toISOString(),
    durationSeconds: 240,
    distressBefore: 6,
    distressAfter: 4,
    notes: null,
    steppedBack: false,
    answers: {},
    pathAreaId: null,
    ...overrides,
  };
}

/** A core-belief worksheet about one belief, rated before and after. */
export function coreBeliefPractice(belief: string, before: number, after: number, overrides: Partial<PracticeCreate> = {}): PracticeCreate {
  return createPractice({
    skillId: 'challenging-core-beliefs',
    exerciseId: 'core-belief-worksheet',
    durationSeconds: 900,
    answers: { belief, 'strength-before': before, 'evidence-against': 'my friends keep calling', 'strength-after': after },
    ...overrides,
  });
}

/** A stored moment as the export format holds it. */
export function exportedMoment(overrides: Partial<Moment> = {}): Moment {
  sequence++;
  return {
    id: `moment-${sequence}`,
    occurredAt: '2026-10-01T08:00:00.000Z',
    distressBefore: 6,
    ...momentDefaults(),
    createdAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-10-01T08:00:00.000Z',
    ...overrides,
  };
}

export function exportDocument(overrides: Partial<ExportDocument> = {}): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: FIXED_NOW,
    catalogueVersion: CATALOGUE_VERSION,
    account: { name: 'someone' },
    customSkills: [],
    classifications: [],
    moments: [],
    preferences: { ...DEFAULT_PREFERENCES },
    followUpSkips: [],
    safetyPlanVersions: [],
    practices: [],
    path: null,
    selfChecks: [],
    ...overrides,
  };
}

/** Unique per test so tests sharing a server never collide on account names. */
export function uniqueName(prefix = 'person'): string {
  sequence++;
  return `${prefix}-${sequence}`;
}

/** Every coping-styles statement answered the same (1–4). */
export function copingStylesAnswers(value: 1 | 2 | 3 | 4): Record<string, string> {
  return Object.fromEntries(Array.from({ length: 28 }, (_, index) => [String(index + 1), String(value)]));
}

/** Every statement of the maladaptive coping check answered the same (1–4). */
export function maladaptiveCheckAnswers(value: 1 | 2 | 3 | 4): Record<string, string> {
  const ids = ['avoid', 'numb', 'work', 'please'].flatMap((pattern) => [`${pattern}-1`, `${pattern}-2`, `${pattern}-only`]);
  return Object.fromEntries(ids.map((linkId) => [linkId, String(value)]));
}
