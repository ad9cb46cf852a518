import type { Exercise } from '../exercise-types';

export const soothingSenses: Exercise = {
  id: 'soothing-senses',
  skillId: 'soothing-senses',
  kind: 'coping',
  title: 'Soothe each sense',
  summary: 'Make a short list of comforts for each of your senses, then give yourself one of them now.',
  minutes: 5,
  bestWithTherapist: false,
  steps: [
    { type: 'list', id: 'sight', title: 'Something to look at', prompt: 'What is pleasant to look at? A photo, a plant, the sky, a candle.', count: 3, itemLabel: 'Something to look at', optional: true },
    { type: 'list', id: 'sound', title: 'Something to listen to', prompt: 'What sounds comfort you? A song, rain, a voice you love.', count: 3, itemLabel: 'Something to listen to', optional: true },
    { type: 'list', id: 'smell', title: 'Something to smell', prompt: 'What smells feel safe or cosy? Tea, soap, a favourite jumper.', count: 3, itemLabel: 'Something to smell', optional: true },
    { type: 'list', id: 'taste', title: 'Something to taste', prompt: 'What would taste good, slowly? A mint, a square of chocolate, a warm drink.', count: 3, itemLabel: 'Something to taste', optional: true },
    { type: 'list', id: 'touch', title: 'Something to touch', prompt: 'What feels good to hold or wrap around you? A blanket, a smooth stone, warm water.', count: 3, itemLabel: 'Something to touch', optional: true },
    {
      type: 'instruction',
      id: 'choose',
      title: 'Pick one, and have it now',
      body: 'Choose one thing from your lists that you can have right now. Give it to yourself slowly, and stay with it for a few breaths.',
    },
  ],
};
