import type { Exercise } from '../exercise-types';

export const noticingSafetySignals: Exercise = {
  id: 'noticing-safety-signals',
  skillId: 'orienting-to-safety',
  kind: 'healing',
  title: 'Noticing the body\'s signals of safety',
  summary: 'Let your eyes explore the space around you slowly, and notice the small ways your body tells you it is safe right now.',
  minutes: 5,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'settle',
      title: 'Settle where you are',
      body: 'Sit somewhere comfortable, with your feet on the floor. Go slowly; there is nowhere to get to. If something stirs up, feel your feet, and step back into coping if you need to.',
    },
    {
      type: 'timer',
      id: 'look-around',
      title: 'Look around, slowly',
      body: 'Let your eyes wander around the room, and let your head and neck turn with them.',
      seconds: 60,
      cues: [
        { at: 0, text: 'Let your eyes move slowly, wherever they are curious to go.' },
        { at: 20, text: 'Let your head and neck follow. Look behind you too, if you like.' },
        { at: 40, text: 'Let your eyes rest on something pleasant: a colour, the light, a plant.' },
      ],
    },
    { type: 'list', id: 'pleasant', title: 'Pleasant things nearby', prompt: 'What did your eyes like resting on?', count: 3, itemLabel: 'Something pleasant', optional: true },
    { type: 'list', id: 'settling-signs', title: 'Signs of settling', prompt: 'Did you notice any small signs of settling? A sigh, a yawn, softer shoulders, slower breathing, warmer hands.', count: 5, itemLabel: 'A sign of settling', optional: true },
    { type: 'rating', id: 'how-safe', title: 'How safe it feels', prompt: 'How safe does your body feel right now?', min: 0, max: 10, lowLabel: 'not safe at all', highLabel: 'completely safe', optional: true },
    {
      type: 'instruction',
      id: 'close',
      title: 'Nothing to do right now',
      body: 'Right now, nothing is asking you to act. Let that be true for one more breath.',
    },
  ],
};
