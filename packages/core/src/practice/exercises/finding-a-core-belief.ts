import type { Exercise } from '../exercise-types';

export const findingACoreBelief: Exercise = {
  id: 'finding-a-core-belief',
  skillId: 'identifying-core-beliefs',
  kind: 'healing',
  title: 'Finding a core belief',
  summary: 'Follow a painful reaction back, one question at a time, to the belief about yourself that sits underneath it.',
  minutes: 10,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'begin',
      title: 'Looking, not judging',
      body: 'You are only looking today, not changing anything. Seeing an old belief clearly can sting; if it does, step back into coping and return another time.',
    },
    { type: 'writing', id: 'moment', title: 'A moment that hurt', prompt: 'Think of a recent moment that hurt more than it seemed to warrant. What happened?', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'thought', title: 'The thought', prompt: 'What went through your mind right then?', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'if-true', title: 'If it were true', prompt: 'If that thought were true, what would it say about you?', hint: 'Ask again of your answer, until you reach something short and about who you are.', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'belief', title: 'The belief underneath', prompt: 'Write the belief in a few words, the way you say it to yourself.', hint: 'Like "I\'m not enough", "I\'m too much" or "I\'m on my own".', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'where-from', title: 'Where it may have started', prompt: 'Where do you think you first learned it? There is no blame in carrying it.', optional: true, maxLength: 2000 },
    {
      type: 'instruction',
      id: 'close',
      title: 'You found it',
      body: 'Naming a belief takes away some of its power to steer things unseen. When you feel ready, the core-belief worksheet is a next step.',
    },
  ],
};
