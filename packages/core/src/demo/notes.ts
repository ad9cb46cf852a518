import type { SkillFamily } from '../schemas/skill';
import type { SkillRole } from './skill-roles';

/**
 * A few notes in the demo person's own voice. Kind to themselves on purpose: the app never
 * moralises, and the demo should not model self-blame either. A note about a walk should sit on
 * a moment with a walk, so notes for a family win over the general ones.
 */
const FAMILY_NOTES: Partial<Record<SkillFamily, readonly string[]>> = {
  breathing: ['Slowed my breathing until my shoulders came down.', 'Long breaths out. My heart slowed down.'],
  grounding: ['Named five things I could see. Back in the room again.', 'Feet on the floor, hands on the table. It helped.'],
  movement: ['Went outside for ten minutes. The air helped more than I expected.', 'Walked around the block twice.'],
  connection: ['Texted a friend. Just saying it out loud took the edge off.', 'Called my sister. Felt less alone.'],
  soothing: ['Warm shower and a blanket. Softer now.'],
  overworking: ['Stayed late and kept working so I would not have to feel it.', 'Answered emails until midnight.'],
  numbing: ['A few drinks to switch off. Foggy this morning.', 'Wanted to feel nothing for a while.'],
  withdrawal: ['Cancelled on everyone and stayed in bed.', 'Did not answer the phone all evening.'],
  'people-pleasing': ['Said yes again when I wanted to say no.'],
  'self-compassion': ['Talked to myself like I would talk to a friend.', 'Put a hand on my chest and was kind to myself.'],
  'allowing-feelings': ['Stayed with the feeling for a few minutes. It moved.', 'Did not push it away this time.'],
  grief: ['Let myself cry instead of pushing it away. It passed.'],
  'core-beliefs': ['Noticed the old story about not being enough. It is a story.'],
};

const ROLE_NOTES: Record<SkillRole | 'none', readonly string[]> = {
  helpful: ['Still there, but quieter. I can think now.', 'That helped.'],
  distracting: ['Felt fine while I was distracted, then it all came back.', 'Lost an hour. Calmer for a bit.', 'It helped while it lasted.'],
  maladaptive: ['Doing my best with what I have today.', 'The old habit again. Noticing it, at least.'],
  healing: ['Hard, but something shifted a little.', 'Gentler with myself than usual.'],
  none: ['Just logging it.', 'Too tired to do anything about it.', 'Not sure what set this off.'],
};

export function notesFor(role: SkillRole | 'none', family: SkillFamily | null): readonly string[] {
  return (family && FAMILY_NOTES[family]) || ROLE_NOTES[role];
}
