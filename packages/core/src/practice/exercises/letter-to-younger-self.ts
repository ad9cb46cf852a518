import type { Exercise } from '../exercise-types';

export const letterToYoungerSelf: Exercise = {
  id: 'letter-to-younger-self',
  skillId: 'letter-to-younger-self',
  kind: 'healing',
  title: 'A letter to my younger self',
  summary: 'Write to yourself at an age when things were hard, with everything you understand now.',
  minutes: 20,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'begin',
      title: 'Before you write',
      body: 'This can bring up old sadness, so go slowly. Nobody else will read it unless you choose to share it. If it gets too much, step back into coping; the letter will wait.',
    },
    { type: 'writing', id: 'age', title: 'Who you are writing to', prompt: 'Which age, or which time in your life, are you writing to?', hint: 'Like "me at nine" or "me the year we moved".', optional: true, maxLength: 200 },
    { type: 'writing', id: 'their-life', title: 'What life was like for them', prompt: 'What were they facing back then? What were they hoping for?', optional: true, maxLength: 2000 },
    {
      type: 'writing',
      id: 'letter',
      title: 'Your letter',
      prompt: 'Start with "Dear…" and tell them what you wish someone had told them then.',
      hint: 'Plain words are enough. You might tell them what wasn\'t their fault, what you are proud of, or that they got through.',
      optional: true,
      // A letter runs longer than the other answers.
      maxLength: 4000,
    },
    { type: 'writing', id: 'carry', title: 'Something to carry', prompt: 'What one thing do you want them, and you, to keep hold of?', optional: true, maxLength: 2000 },
    {
      type: 'instruction',
      id: 'close',
      title: 'Close gently',
      body: 'Tell your younger self you will come back. Then do something kind for the person you are today.',
    },
  ],
};
