import type { HealingArea } from './healing-area-types';

/**
 * The areas a person can choose for their healing path, in the order the path screen lists them.
 * Each area goes from gentle to deep; the first layers lean on skills that have a guided exercise,
 * and skills meant for a therapist's room only appear in the deepest layer.
 */
export const HEALING_AREAS: readonly HealingArea[] = [
  {
    id: 'core-beliefs',
    name: 'Core beliefs',
    summary: 'The deep sentences about yourself, like "I\'m not enough", that quietly steer how you react.',
    layers: [
      { name: 'Noticing', summary: 'Find a belief that keeps turning up, and name it without arguing with it yet.', skillIds: ['identifying-core-beliefs', 'curious-not-critical'] },
      { name: 'Questioning', summary: 'Hold the belief up against the evidence of your life, and draft a fairer one.', skillIds: ['challenging-core-beliefs', 'questioning-not-enough'] },
      { name: 'Deeper roots', summary: 'Look at where the belief came from, and give the younger you what it was missing.', skillIds: ['questioning-earning-love', 'reparenting-your-inner-child'] },
    ],
    deepLayersWithTherapist: false,
  },
  {
    id: 'avoided-feelings',
    name: 'Feelings you avoid',
    summary: 'Making room, a little at a time, for the feelings you usually push away or numb.',
    layers: [
      { name: 'Getting curious', summary: 'Meet a feeling with questions instead of judgement.', skillIds: ['what-is-this-feeling-telling-me', 'curious-not-critical'] },
      { name: 'Staying a little longer', summary: 'Let a feeling stay for a few minutes, and look at what sits underneath it.', skillIds: ['sitting-with-a-feeling', 'whats-under-anxiety', 'whats-under-anger'] },
      { name: 'Older feelings', summary: 'Approach feelings tied to old memories, in small doses and with support.', skillIds: ['titration-and-pendulation', 'processing-emotional-memories'] },
    ],
    deepLayersWithTherapist: true,
  },
  {
    id: 'grief',
    name: 'Grief',
    summary: 'Facing a loss instead of stepping around it, at a pace your heart can manage.',
    layers: [
      { name: 'Making room', summary: 'Be gentle with yourself, and let the sadness come when it comes.', skillIds: ['self-compassion-pause', 'letting-the-tears-come'] },
      { name: 'Remembering', summary: 'Listen to what the grief is saying, and share the stories of what you lost.', skillIds: ['what-is-this-feeling-telling-me', 'talking-through-memories'] },
      { name: 'Carrying it with you', summary: 'Find a way to carry the loss into the life you go on living, ideally with a therapist alongside you.', skillIds: ['making-meaning-of-loss', 'grief-and-memory-prompts'] },
    ],
    deepLayersWithTherapist: true,
  },
  {
    id: 'trust-after-betrayal',
    name: 'Trust after betrayal',
    summary: 'Rebuilding trust in yourself, and in your own judgement, after someone broke it.',
    layers: [
      { name: 'Steadying yourself', summary: 'Keep small promises to yourself, and be kind about how shaken you feel.', skillIds: ['rebuilding-self-trust', 'self-compassion-pause'] },
      { name: 'Trusting your judgement', summary: 'Listen to your instincts again, and learn where your limits are.', skillIds: ['listening-to-your-instincts', 'finding-your-limits', 'setting-a-boundary'] },
      { name: 'What it left behind', summary: 'Look at the anger and hurt the betrayal left, with a therapist if it runs deep.', skillIds: ['whats-under-anger', 'processing-emotional-memories'] },
    ],
    deepLayersWithTherapist: true,
  },
  {
    id: 'boundaries',
    name: 'Boundaries',
    summary: 'Knowing your limits, saying them out loud, and keeping them even when it feels uncomfortable.',
    layers: [
      { name: 'Knowing your limits', summary: 'Notice the signals that tell you a limit is near, before it is crossed.', skillIds: ['finding-your-limits', 'whats-under-anger'] },
      { name: 'Saying it', summary: 'Plan one small boundary and the words you will use.', skillIds: ['setting-a-boundary'] },
      { name: 'Holding it', summary: 'Keep a boundary through the guilt, and question the belief that care has to be earned.', skillIds: ['holding-a-boundary-through-guilt', 'questioning-earning-love'] },
    ],
    deepLayersWithTherapist: false,
  },
  {
    id: 'inner-child',
    name: 'Your inner child',
    summary: 'Giving the younger you the care and understanding they needed back then.',
    layers: [
      { name: 'Kindness first', summary: 'Practise warmth towards yourself, and build an inner place that feels safe.', skillIds: ['self-compassion-pause', 'building-a-safe-place'] },
      { name: 'Meeting the younger you', summary: 'Write to yourself at an age when things were hard, and get curious about reactions that feel younger than you are.', skillIds: ['letter-to-younger-self', 'curious-not-critical'] },
      { name: 'Old needs, old hurts', summary: 'Meet the younger you\'s needs again and again, and work through old hurts with a therapist.', skillIds: ['reparenting-your-inner-child', 'processing-emotional-memories'] },
    ],
    deepLayersWithTherapist: true,
  },
  {
    id: 'nervous-system',
    name: 'Your nervous system',
    summary: 'Teaching your body what safety feels like, so it can settle and recover more easily.',
    layers: [
      { name: 'Noticing safety', summary: 'Let your body take in the signs that, right now, you are safe.', skillIds: ['orienting-to-safety', 'building-a-safe-place'] },
      { name: 'Knowing your window', summary: 'Learn your signs of going too high or too low, and practise coming back.', skillIds: ['widening-window-of-tolerance', 'sitting-with-a-feeling'] },
      { name: 'Small doses', summary: 'Build your capacity for hard feelings a little at a time, best with a therapist for the deeper work.', skillIds: ['titration-and-pendulation', 'trauma-work-in-therapy'] },
    ],
    deepLayersWithTherapist: true,
  },
];

const BY_ID = new Map(HEALING_AREAS.map((area) => [area.id, area]));

export function healingArea(id: string): HealingArea | undefined {
  return BY_ID.get(id);
}
