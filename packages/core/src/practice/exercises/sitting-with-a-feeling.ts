import type { Exercise } from '../exercise-types';

export const sittingWithAFeeling: Exercise = {
  id: 'sitting-with-a-feeling',
  skillId: 'sitting-with-a-feeling',
  kind: 'healing',
  title: 'Sitting with a feeling',
  summary: 'Three minutes of letting a feeling you usually avoid stay, noticing how it changes without trying to fix it.',
  minutes: 5,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'begin',
      title: 'Start small',
      body: 'Choose a feeling that is about a 3 or 4 out of 10, not the biggest one. If it grows too big, stop and step back into coping. That is allowed, and it is part of the practice.',
    },
    { type: 'writing', id: 'feeling', title: 'Name it', prompt: 'What is the feeling, if you can name it?', hint: 'Sad, scared, lonely, restless… "I don\'t know" is fine too.', optional: true, maxLength: 200 },
    { type: 'writing', id: 'in-the-body', title: 'Find it', prompt: 'Where is it in your body, and what is it like?', hint: 'Heavy, tight, hot, hollow…', optional: true, maxLength: 2000 },
    {
      type: 'timer',
      id: 'stay',
      title: 'Stay with it',
      body: 'Breathe, and let the feeling be here. Every minute, you\'ll be asked how strong it is.',
      seconds: 180,
      checkInEverySeconds: 60,
      checkInPrompt: 'How strong is the feeling now, from 0 to 10?',
      cues: [
        { at: 0, text: 'Breathe, and let it be here. Nothing to fix.' },
        { at: 60, text: 'Notice its edges, its weight, its temperature.' },
        { at: 120, text: 'Keep it company, the way you would sit with a friend.' },
      ],
    },
    { type: 'writing', id: 'noticed', title: 'What you noticed', prompt: 'Did the feeling change at all, even a little? What was it like to stay?', optional: true, maxLength: 2000 },
    {
      type: 'instruction',
      id: 'kindness',
      title: 'Something kind',
      body: 'You stayed with something hard. Now do one kind thing for yourself: a drink, a stretch, a message to someone you like.',
    },
  ],
};
