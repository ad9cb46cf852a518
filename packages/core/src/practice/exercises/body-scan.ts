import type { Exercise } from '../exercise-types';

export const bodyScan: Exercise = {
  id: 'body-scan',
  skillId: 'body-scan',
  kind: 'coping',
  title: 'Two-minute body scan',
  summary: 'Two minutes moving your attention from your head down to your feet, noticing without changing anything.',
  minutes: 3,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'settle',
      title: 'Settle in',
      body: 'Sit or lie down. Let your eyes close, or rest them on the floor. If noticing your body feels uneasy today, keep your eyes open and go as lightly as you like.',
    },
    {
      type: 'timer',
      id: 'scan',
      title: 'Scan from head to feet',
      body: 'Follow the words as they change. There is nothing to fix; just notice.',
      seconds: 120,
      cues: [
        { at: 0, text: 'Notice the top of your head, your forehead, your eyes.' },
        { at: 20, text: 'Your jaw and your mouth. Let your teeth part a little.' },
        { at: 40, text: 'Your neck and shoulders. Let them drop if they want to.' },
        { at: 60, text: 'Your arms, your hands, your fingers.' },
        { at: 80, text: 'Your chest and belly, rising and falling with each breath.' },
        { at: 100, text: 'Your hips, your legs, your feet. Feel the ground under you.' },
      ],
    },
    {
      type: 'instruction',
      id: 'finish',
      title: 'Come back',
      body: 'Wiggle your fingers and toes, and look around the room. Notice how your body feels now.',
    },
  ],
};
