import type { Exercise } from '../exercise-types';
import { bodyScan } from './body-scan';
import { boundaryIWantToSet } from './boundary-i-want-to-set';
import { boxBreathing } from './box-breathing';
import { coreBeliefWorksheet } from './core-belief-worksheet';
import { findingACoreBelief } from './finding-a-core-belief';
import { findingYourLimits } from './finding-your-limits';
import { fiveSensesGrounding } from './five-senses-grounding';
import { griefAndMemoryPrompts } from './grief-and-memory-prompts';
import { letterToYoungerSelf } from './letter-to-younger-self';
import { longerExhale } from './longer-exhale';
import { noticingSafetySignals } from './noticing-safety-signals';
import { ridingAnUrge } from './riding-an-urge';
import { selfCompassionPause } from './self-compassion-pause';
import { sittingWithAFeeling } from './sitting-with-a-feeling';
import { smallPromises } from './small-promises';
import { soothingSenses } from './soothing-senses';
import { whatIsThisFeelingTellingMe } from './what-is-this-feeling-telling-me';

/** Every guided exercise Mend ships, coping first, then healing. */
export const EXERCISES: readonly Exercise[] = [
  // Coping: relief in the moment.
  boxBreathing,
  longerExhale,
  fiveSensesGrounding,
  bodyScan,
  ridingAnUrge,
  soothingSenses,
  // Healing: work at the source, gentlest first.
  selfCompassionPause,
  noticingSafetySignals,
  whatIsThisFeelingTellingMe,
  sittingWithAFeeling,
  findingACoreBelief,
  coreBeliefWorksheet,
  findingYourLimits,
  boundaryIWantToSet,
  smallPromises,
  letterToYoungerSelf,
  griefAndMemoryPrompts,
];

const BY_ID = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** The guided exercise that practises a skill, if Mend has one. */
export function exerciseForSkill(skillId: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.skillId === skillId);
}
