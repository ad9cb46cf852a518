/**
 * The words of the progress page: second person, kind, about what the person did. Never about
 * what they did not do, never a score.
 */

export const SAT_WITH_FEELING = 'You stayed with a feeling instead of pushing it away.';
export const STEPPED_BACK = 'You stepped back into coping when it was too much — that is part of healing.';
export const LOWER_PEAKS = 'Your hardest moment each week has been getting a little less hard.';

/** Long beliefs are shortened for the timeline; the worksheet itself keeps all of it. */
const BELIEF_SHOWN = 80;

function quote(belief: string): string {
  const text = belief.length > BELIEF_SHOWN ? `${belief.slice(0, BELIEF_SHOWN - 1).trimEnd()}…` : belief;
  return `“${text}”`;
}

export function healingPractice(name: string | null): string {
  return name ? `You made time for healing work: ${name}.` : 'You made time for healing work.';
}

export function beliefWeakerWithin(belief: string, before: number, after: number): string {
  const what = belief === '' ? 'the belief' : quote(belief);
  return `By the end of the worksheet you believed ${what} less strongly: ${after} out of 100, down from ${before}.`;
}

export function beliefWeakerAcross(belief: string, now: number, earlier: number): string {
  return `You came back to ${quote(belief)} holding it less tightly: ${now} out of 100 at the start, where it was once ${earlier}.`;
}

/** "Endless scrolling" reads "endless scrolling" mid-sentence; "TV" and "Sam's sofa" stay as they are. */
function midSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) && !/^I\b/.test(name) ? name[0]!.toLocaleLowerCase('en') + name.slice(1) : name;
}

export function usedLess(name: string): string {
  return `You've been reaching for ${midSentence(name)} less lately, and leaning on other ways to cope.`;
}

/** The deepest layer the person has reached in the area (0-based), by its name. */
export function wentDeeper(areaName: string, layer: number, layerName: string | null): string {
  return `You went a layer deeper in ${areaName}: ${layerName ?? `layer ${layer + 1}`}.`;
}

// This week
export const QUIET_WEEK = 'A quiet week so far. Whatever you did to get through it counts.';

const times = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function momentsLine(moments: number, satWithFeeling: number): string {
  const logged = `You logged ${times(moments, 'hard moment', 'hard moments')}`;
  if (satWithFeeling === 0) return `${logged}.`;
  if (moments === 1) return `${logged} and stayed with the feeling in it.`;
  return `${logged} and stayed with a feeling in ${satWithFeeling} of them.`;
}

export function practicesLine(practices: number, healing: number): string {
  if (healing === practices) return `You did ${times(practices, 'healing practice', 'healing practices')}.`;
  if (healing === 0) return `You did ${times(practices, 'practice', 'practices')} to steady yourself.`;
  return `You did ${practices} practices, ${healing} of them healing work.`;
}

export function steppedBackLine(steppedBack: number): string {
  const count = steppedBack === 1 ? 'once' : steppedBack === 2 ? 'twice' : `${steppedBack} times`;
  return `You stepped back into coping ${count} when it was too much. That is part of healing, not a setback.`;
}

export function wentDeeperLine(areaName: string): string {
  return `You went a layer deeper in ${areaName}.`;
}

// Milestones: each counts once, whenever it happened, and stays.
export const MILESTONE_TITLES = {
  'first-moment': 'You logged your first moment',
  'first-sat-with-feeling': 'You stayed with a feeling for the first time',
  'sat-with-feeling-5': 'You have stayed with a feeling 5 times',
  'sat-with-feeling-25': 'You have stayed with a feeling 25 times',
  'first-healing-practice': 'Your first healing practice',
  'healing-practices-5': '5 healing practices',
  'healing-practices-25': '25 healing practices',
  'first-step-back': 'You stepped back into coping when it was too much, for the first time',
  'first-belief-lighter': 'You held a belief about yourself more lightly for the first time',
  'first-deeper-layer': 'You went a layer deeper on your healing path for the first time',
} as const;
export type MilestoneId = keyof typeof MILESTONE_TITLES;
