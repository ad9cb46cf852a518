import type { Exercise } from '../exercise-types';

export const longerExhale: Exercise = {
  id: 'longer-exhale',
  skillId: 'longer-exhale',
  kind: 'coping',
  title: 'Longer breath out',
  summary: 'Breathe in for four and out for six. A long, slow breath out tells your body it can stand down.',
  minutes: 2,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'settle',
      title: 'Let your shoulders drop',
      body: 'Breathe in through your nose. Breathe out slowly, as if through a straw. If the counts feel too long, breathe at your own pace and just keep the breath out longer.',
    },
    {
      type: 'pacer',
      id: 'breathe',
      title: 'Breathe out a little longer',
      body: 'In for four, out for six.',
      pattern: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
      rounds: 12,
    },
    {
      type: 'instruction',
      id: 'notice',
      title: 'Notice',
      body: 'Let your breathing go back to normal. How does your body feel now compared with a few minutes ago?',
    },
  ],
};
