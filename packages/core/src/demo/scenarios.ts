import type { Emotion } from '../emotions';
import type { Arousal, SkillFamily } from '../schemas/skill';

/** Where and when a trigger tends to land: the context tags and the hours (UTC, 0–23). */
export interface Setting {
  contextTags: readonly string[];
  hours: readonly [from: number, to: number];
}

/**
 * One recurring source of distress in the demo person's life. Recurring on purpose: the insights
 * need repeated triggers to find patterns ("money worries land in the evening, at home").
 */
export interface Scenario {
  id: string;
  triggers: readonly string[];
  triggerTags: readonly string[];
  /** Sometimes added as a second trigger tag, because real days rarely have one cause. */
  extraTags: readonly string[];
  settings: readonly Setting[];
  arousal: readonly (readonly [Arousal, number])[];
  emotions: Record<Arousal, readonly Emotion[]>;
  /** The old habits this trigger tends to pull towards, most likely first. */
  maladaptiveFamilies: readonly SkillFamily[];
  /** How much more often than usual this trigger ends in a maladaptive episode. */
  maladaptivePull: number;
  /**
   * A trigger that has not eased with the rest of life and flared up in the last two weeks: the
   * recurring one the insights should offer as worth healing work.
   */
  stuck?: boolean;
  weight: number;
}

const WOUND_UP: readonly Emotion[] = ['anxious', 'stressed', 'overwhelmed', 'frustrated', 'restless'];
const SHUT_DOWN: readonly Emotion[] = ['numb', 'empty', 'tired', 'hopeless'];

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'work',
    triggers: [
      'argument with my boss',
      'talked over in the team meeting',
      'harsh feedback on my report',
      'deadline moved up again',
      'email from my manager late at night',
      'a colleague took credit for my work',
    ],
    triggerTags: ['work-conflict'],
    extraTags: ['criticism', 'deadlines'],
    settings: [
      { contextTags: ['work'], hours: [9, 17] },
      { contextTags: ['work', 'with-colleagues'], hours: [10, 16] },
      { contextTags: ['commute'], hours: [17, 19] },
      { contextTags: ['home', 'alone'], hours: [19, 23] },
    ],
    arousal: [['hyper', 6], ['window', 3], ['hypo', 1]],
    emotions: {
      hyper: ['anxious', 'angry', 'frustrated', 'stressed', 'overwhelmed', 'irritated'],
      window: ['frustrated', 'disappointed', 'irritated', 'tired'],
      hypo: ['empty', 'tired', 'numb', 'ashamed'],
    },
    maladaptiveFamilies: ['overworking', 'numbing'],
    maladaptivePull: 1.8,
    stuck: true,
    weight: 5,
  },
  {
    id: 'loneliness',
    triggers: [
      'quiet weekend, nobody called',
      'saw photos of friends out without me',
      'long evening alone in the flat',
      'no one to tell about my day',
      'cancelled plans again',
    ],
    triggerTags: ['loneliness'],
    extraTags: ['rejection'],
    settings: [
      { contextTags: ['home', 'alone'], hours: [18, 23] },
      { contextTags: ['home', 'alone'], hours: [11, 21] },
      { contextTags: ['phone', 'alone'], hours: [20, 23] },
    ],
    arousal: [['hypo', 5], ['window', 4], ['hyper', 1]],
    emotions: {
      hyper: ['restless', 'jealous', 'anxious'],
      window: ['lonely', 'sad', 'disappointed', 'hurt'],
      hypo: ['lonely', 'empty', 'numb', 'hopeless', 'sad'],
    },
    maladaptiveFamilies: ['withdrawal', 'numbing'],
    maladaptivePull: 1.6,
    weight: 4,
  },
  {
    id: 'family',
    triggers: [
      'phone call with my mother',
      'old argument with my brother came back up',
      'planning the holidays with family',
      'dad criticised my choices again',
      'family group chat blew up',
    ],
    triggerTags: ['family'],
    extraTags: ['criticism', 'guilt'],
    settings: [
      { contextTags: ['home', 'phone'], hours: [17, 22] },
      { contextTags: ['with-family'], hours: [12, 20] },
      { contextTags: ['home', 'with-partner'], hours: [19, 22] },
    ],
    arousal: [['hyper', 5], ['window', 3], ['hypo', 2]],
    emotions: {
      hyper: ['angry', 'frustrated', 'anxious', 'overwhelmed'],
      window: ['guilty', 'hurt', 'sad', 'disappointed'],
      hypo: ['numb', 'ashamed', 'empty', 'tired'],
    },
    maladaptiveFamilies: ['people-pleasing', 'numbing', 'withdrawal'],
    maladaptivePull: 1.4,
    weight: 3,
  },
  {
    id: 'money',
    triggers: [
      'unexpected bill arrived',
      'checked my bank balance',
      'rent is going up',
      'card declined at the shop',
      'thinking about debt',
    ],
    triggerTags: ['money'],
    extraTags: ['uncertainty'],
    settings: [
      { contextTags: ['home', 'alone'], hours: [19, 23] },
      { contextTags: ['home'], hours: [8, 10] },
      { contextTags: ['out', 'shop'], hours: [11, 18] },
    ],
    arousal: [['hyper', 7], ['window', 2], ['hypo', 1]],
    emotions: {
      hyper: ['anxious', 'afraid', 'overwhelmed', 'stressed', 'panicked'],
      window: ['anxious', 'frustrated', 'disappointed'],
      hypo: ['hopeless', 'numb', 'ashamed'],
    },
    maladaptiveFamilies: ['avoidance', 'numbing'],
    maladaptivePull: 1.2,
    weight: 3,
  },
  {
    id: 'health',
    triggers: [
      'headache that will not go away',
      'waiting for test results',
      'doctor appointment tomorrow',
      'heart racing for no clear reason',
    ],
    triggerTags: ['health'],
    extraTags: ['uncertainty'],
    settings: [
      { contextTags: ['home'], hours: [7, 22] },
      { contextTags: ['work'], hours: [10, 16] },
      { contextTags: ['home', 'in-bed'], hours: [22, 23] },
    ],
    arousal: [['hyper', 6], ['window', 3], ['hypo', 1]],
    emotions: {
      hyper: ['anxious', 'afraid', 'panicked', 'restless'],
      window: ['anxious', 'tired', 'sad'],
      hypo: ['tired', 'numb', 'hopeless'],
    },
    maladaptiveFamilies: ['avoidance', 'numbing'],
    maladaptivePull: 0.8,
    weight: 2,
  },
  {
    id: 'sleep',
    triggers: [
      'woke at 4 and could not get back to sleep',
      'slept badly again',
      'lay awake replaying the day',
      'exhausted after a short night',
    ],
    triggerTags: ['poor-sleep'],
    extraTags: ['overthinking'],
    settings: [
      { contextTags: ['home', 'in-bed'], hours: [2, 5] },
      { contextTags: ['home'], hours: [6, 9] },
      { contextTags: ['work'], hours: [13, 16] },
    ],
    arousal: [['hypo', 5], ['hyper', 3], ['window', 2]],
    emotions: {
      hyper: ['restless', 'anxious', 'irritated'],
      window: ['tired', 'irritated', 'frustrated'],
      hypo: ['tired', 'empty', 'numb'],
    },
    maladaptiveFamilies: ['avoidance', 'numbing'],
    maladaptivePull: 0.9,
    weight: 3,
  },
  {
    id: 'partner',
    triggers: [
      'tension with my partner',
      'partner went quiet on me',
      'we argued about chores',
      'felt unheard by my partner',
    ],
    triggerTags: ['relationship'],
    extraTags: ['rejection', 'conflict'],
    settings: [
      { contextTags: ['home', 'with-partner'], hours: [18, 23] },
      { contextTags: ['phone'], hours: [12, 17] },
    ],
    arousal: [['hyper', 5], ['window', 3], ['hypo', 2]],
    emotions: {
      hyper: ['angry', 'anxious', 'jealous', 'frustrated'],
      window: ['hurt', 'sad', 'lonely', 'disappointed'],
      hypo: ['numb', 'empty', 'lonely'],
    },
    maladaptiveFamilies: ['withdrawal', 'people-pleasing'],
    maladaptivePull: 1.3,
    weight: 2,
  },
];

/** Fallback emotions by arousal, for a quick log with no scenario. */
export const EMOTIONS_BY_AROUSAL: Record<Arousal, readonly Emotion[]> = {
  hyper: WOUND_UP,
  window: ['sad', 'tired', 'disappointed', 'irritated'],
  hypo: SHUT_DOWN,
};

/** Words for the time of day, added as a context tag so the insights can see "evenings". */
export function timeOfDayTag(hour: number): string {
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  if (hour >= 18 && hour < 23) return 'evening';
  return 'night';
}
