import type { SkillKind } from '../schemas/skill';

/**
 * Every example the two seed essays list, as a key the catalogue points at through `covers`.
 * The coverage test fails when an example has no skill, so the catalogue cannot silently drift
 * away from its source material. Descriptions are Mend's own summaries.
 */
export interface EssayExample {
  key: string;
  /** The kind of skill expected to cover it. */
  kind: SkillKind;
  description: string;
}

export const ESSAY_EXAMPLES: readonly EssayExample[] = [
  // Coping
  { key: 'walk-racing-thoughts', kind: 'coping', description: 'A walk to settle racing thoughts or clear your head' },
  { key: 'journaling-release', kind: 'coping', description: 'Writing in a journal to let feelings out, anger included' },
  { key: 'deep-breathing', kind: 'coping', description: 'Deep, slow breathing to bring anxiety down' },
  { key: 'favourite-show', kind: 'coping', description: 'A favourite show as a break when feelings get too big' },
  { key: 'reach-out-friend', kind: 'coping', description: 'Turning to a friend you trust for comfort' },
  { key: 'grounding-exercises', kind: 'coping', description: 'Grounding exercises that bring you back to the present' },
  { key: 'venting-to-friend', kind: 'coping', description: 'Letting it all out to a friend who listens' },
  { key: 'cleaning', kind: 'coping', description: 'Cleaning as a distraction' },
  { key: 'music', kind: 'coping', description: 'Listening to music as a distraction' },
  { key: 'self-care-rituals', kind: 'coping', description: 'Small, repeated self-care rituals' },
  { key: 'humour', kind: 'coping', description: 'Using humour to lighten the load' },
  { key: 'perspective-taking', kind: 'coping', description: 'Taking a step back to see things from another angle' },
  { key: 'grief-early-coping', kind: 'coping', description: 'Early grief: getting through the day with breathing, walks and friends' },
  { key: 'seek-support', kind: 'coping', description: 'Finding support in a therapist, a group or someone you love' },

  // Healing
  { key: 'processing-trauma-therapy', kind: 'healing', description: 'Working through past trauma in therapy' },
  { key: 'emotional-memories-with-therapist', kind: 'healing', description: 'Working through painful memories with a therapist\'s help' },
  { key: 'working-through-grief', kind: 'healing', description: 'Facing grief rather than setting it aside' },
  { key: 'grief-allowing-tears', kind: 'healing', description: 'Grief: letting yourself cry' },
  { key: 'grief-talking-memories', kind: 'healing', description: 'Grief: talking about memories of what was lost' },
  { key: 'grief-making-meaning', kind: 'healing', description: 'Grief: finding meaning in the loss' },
  { key: 'reframing-core-beliefs', kind: 'healing', description: 'Reframing deep beliefs that keep you in shame or fear' },
  { key: 'challenging-core-beliefs', kind: 'healing', description: 'Naming and questioning core beliefs' },
  { key: 'core-belief-not-enough', kind: 'healing', description: 'The belief "I am not enough"' },
  { key: 'core-belief-earn-love', kind: 'healing', description: 'The belief "I have to earn love"' },
  { key: 'rebuilding-self-trust', kind: 'healing', description: 'Trusting yourself again after a betrayal' },
  { key: 'allowing-avoided-feelings', kind: 'healing', description: 'Letting yourself feel what you have been avoiding' },
  { key: 'regulate-nervous-system', kind: 'healing', description: 'Teaching your nervous system to regulate, not only to calm down' },
  { key: 'create-safety', kind: 'healing', description: 'Helping your body feel safe enough to soften' },
  { key: 'boundaries', kind: 'healing', description: 'Boundaries that protect you over the long term' },
  { key: 'self-compassion', kind: 'healing', description: 'Being kind and patient with yourself' },
  { key: 'reparenting-inner-child', kind: 'healing', description: 'Reparenting the child you were' },
  { key: 'curious-not-critical', kind: 'healing', description: 'Asking what a feeling is saying instead of judging it' },
  { key: 'whats-under-anxiety', kind: 'healing', description: 'Exploring what sets anxiety off, beyond breathing through it' },
  { key: 'whats-under-anger', kind: 'healing', description: 'Exploring where anger comes from, beyond releasing it' },

  // Maladaptive
  { key: 'binge-watching', kind: 'maladaptive', description: 'Watching show after show to keep feelings away' },
  { key: 'video-games', kind: 'maladaptive', description: 'Playing video games without end to avoid feeling' },
  { key: 'endless-scrolling', kind: 'maladaptive', description: 'Scrolling on the phone without end' },
  { key: 'staying-busy', kind: 'maladaptive', description: 'Staying busy so there is no time to think' },
  { key: 'alcohol', kind: 'maladaptive', description: 'Drinking to numb feelings' },
  { key: 'drugs', kind: 'maladaptive', description: 'Using drugs to numb feelings' },
  { key: 'overeating', kind: 'maladaptive', description: 'Eating to numb feelings' },
  { key: 'perfectionism', kind: 'maladaptive', description: 'Perfectionism as a way not to feel' },
  { key: 'overworking', kind: 'maladaptive', description: 'Throwing yourself into work to avoid feeling' },
  { key: 'people-pleasing', kind: 'maladaptive', description: 'Keeping everyone else happy, always' },
  { key: 'conflict-avoidance', kind: 'maladaptive', description: 'Steering clear of any conflict so things stay calm' },
];
