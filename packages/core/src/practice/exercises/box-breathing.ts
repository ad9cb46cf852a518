import type { Exercise } from '../exercise-types';

export const boxBreathing: Exercise = {
  id: 'box-breathing',
  skillId: 'box-breathing',
  kind: 'coping',
  title: 'Box breathing',
  summary: 'Breathe along the four sides of a square: in, hold, out, hold, four counts each.',
  minutes: 2,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'settle',
      title: 'Get comfortable',
      body: 'Sit or stand in a way that feels steady, with your eyes open or closed. If holding your breath feels uncomfortable, make the holds shorter. The pacer is a guide, not a rule.',
    },
    {
      type: 'pacer',
      id: 'breathe',
      title: 'Breathe with the square',
      body: 'In for four, hold for four, out for four, hold for four.',
      pattern: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 },
      rounds: 5,
    },
    {
      type: 'instruction',
      id: 'notice',
      title: 'Notice',
      body: 'Let your breath find its own rhythm again. Notice anything that has shifted, even a little.',
    },
  ],
};
