import type { Exercise } from '../exercise-types';

export const selfCompassionPause: Exercise = {
  id: 'self-compassion-pause',
  skillId: 'self-compassion-pause',
  kind: 'healing',
  title: 'A self-compassion pause',
  summary: 'A few minutes of meeting your own pain the way you would meet a friend\'s: noticing it, remembering you are not alone, and being kind.',
  minutes: 5,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'hand',
      title: 'A hand where it helps',
      body: 'Rest a hand on your heart, your cheek or your arm, wherever feels comforting. Kindness towards yourself can feel strange at first. If it brings up too much, stepping back into coping is fine.',
    },
    { type: 'writing', id: 'whats-hard', title: 'This is hard', prompt: 'What is hard for you right now?', hint: 'A few words is enough.', optional: true, maxLength: 2000 },
    {
      type: 'instruction',
      id: 'not-alone',
      title: 'You are not alone in this',
      body: 'Many people feel something like this. Struggling is part of being human, and it says nothing about your worth.',
    },
    { type: 'writing', id: 'kind-words', title: 'What you need to hear', prompt: 'What would you say to a friend who felt this way? Write it to yourself.', hint: 'Like: "Of course this hurts. You are doing your best."', optional: true, maxLength: 2000 },
    {
      type: 'instruction',
      id: 'stay',
      title: 'Let it land',
      body: 'Keep your hand where it is for three slow breaths. Let the words land, even if they don\'t feel true yet.',
    },
  ],
};
