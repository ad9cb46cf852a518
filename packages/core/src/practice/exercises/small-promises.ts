import type { Exercise } from '../exercise-types';

export const smallPromises: Exercise = {
  id: 'small-promises',
  skillId: 'rebuilding-self-trust',
  kind: 'healing',
  title: 'A small promise to myself',
  summary: 'Rebuild trust in yourself one kept promise at a time, starting with something very small.',
  minutes: 5,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'begin',
      title: 'Small on purpose',
      body: 'After a betrayal, trusting yourself can feel shaky. Small kept promises are evidence that you can rely on yourself. If this stirs up anger or shame, step back into coping for a while.',
    },
    { type: 'writing', id: 'evidence', title: 'Promises you have kept', prompt: 'What promises to yourself have you kept lately, however small?', hint: 'Drinking water, going to bed on time, taking a walk. They all count.', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'promise', title: 'One small promise', prompt: 'Choose something tiny you can do in the next day or two.', hint: 'Like "a ten-minute walk tomorrow" or "lights out by eleven tonight".', optional: false, maxLength: 2000 },
    { type: 'writing', id: 'when', title: 'When', prompt: 'When will you do it?', optional: true, maxLength: 200 },
    {
      type: 'instruction',
      id: 'if-you-slip',
      title: 'If it doesn\'t happen',
      body: 'That is okay. Treat yourself the way you would treat a friend, and choose an even smaller promise next time.',
    },
  ],
};
