/**
 * A curated vocabulary of emotions, grouped by energy × pleasantness (the four quadrants of a
 * mood meter). Few enough to scan in a hard moment, wide enough to be precise.
 */
export const EMOTION_GROUPS = [
  {
    id: 'high-energy-unpleasant',
    label: 'Wound up',
    description: 'High energy, unpleasant',
    emotions: ['anxious', 'afraid', 'panicked', 'angry', 'frustrated', 'irritated', 'overwhelmed', 'restless', 'jealous', 'stressed'],
  },
  {
    id: 'low-energy-unpleasant',
    label: 'Weighed down',
    description: 'Low energy, unpleasant',
    emotions: ['sad', 'lonely', 'ashamed', 'guilty', 'hopeless', 'empty', 'numb', 'tired', 'disappointed', 'hurt', "don't want to be here"],
  },
  {
    id: 'high-energy-pleasant',
    label: 'Lit up',
    description: 'High energy, pleasant',
    emotions: ['hopeful', 'excited', 'proud', 'determined', 'relieved', 'playful'],
  },
  {
    id: 'low-energy-pleasant',
    label: 'Settled',
    description: 'Low energy, pleasant',
    emotions: ['calm', 'content', 'safe', 'grateful', 'connected', 'tender'],
  },
] as const;

export type EmotionGroup = (typeof EMOTION_GROUPS)[number];
export type Emotion = EmotionGroup['emotions'][number];

export const EMOTIONS: readonly Emotion[] = EMOTION_GROUPS.flatMap((group) => group.emotions);

export function isEmotion(value: string): value is Emotion {
  return (EMOTIONS as readonly string[]).includes(value);
}

/**
 * Feelings that, when logged, make Mend offer its crisis support (see safety/crisis-offer.ts).
 * Hopelessness and numbness are common and are not on this list: offering crisis lines every
 * time would wear the offer out.
 */
export const RISK_EMOTIONS: readonly Emotion[] = ["don't want to be here"];
