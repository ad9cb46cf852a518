import type { Exercise } from '../exercise-types';

export const findingYourLimits: Exercise = {
  id: 'finding-your-limits',
  skillId: 'finding-your-limits',
  kind: 'healing',
  title: 'Finding your limits',
  summary: 'Look back at a yes you wished had been a no, and learn the signal your body gives when a limit is near.',
  minutes: 10,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'begin',
      title: 'Just noticing',
      body: 'Today is only about noticing; acting on it can wait. Looking back can bring up anger or sadness, and stepping back into coping is fine if it does.',
    },
    { type: 'writing', id: 'yes-i-regretted', title: 'A yes you regretted', prompt: 'Think of a recent time you said yes and wished you hadn\'t. What happened?', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'body-signal', title: 'What your body said', prompt: 'What did you feel in your body at the moment you agreed?', hint: 'A sinking stomach, a tight throat, a heavy chest, a sigh you held back…', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'needed', title: 'What you needed', prompt: 'What did you need instead? Time, rest, help, space, a different answer?', optional: true, maxLength: 2000 },
    {
      type: 'instruction',
      id: 'watch',
      title: 'This week',
      body: 'Watch for that body signal when it comes back. Each time you notice it, you know a little more about where your limits are.',
    },
  ],
};
