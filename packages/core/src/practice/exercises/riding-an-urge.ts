import type { Exercise } from '../exercise-types';

export const ridingAnUrge: Exercise = {
  id: 'riding-an-urge',
  skillId: 'riding-an-urge',
  kind: 'coping',
  title: 'Riding an urge',
  summary: 'Stay with an urge for about ten minutes, like riding a wave, and watch how its strength changes minute by minute.',
  minutes: 10,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'name-it',
      title: 'Name the urge',
      body: 'Say to yourself: "I\'m having an urge to…". You don\'t have to act on it, and you don\'t have to fight it. If the urge is to hurt yourself, your safety plan and crisis lines are one tap away, and you don\'t have to ride that one alone.',
    },
    {
      type: 'instruction',
      id: 'find-it',
      title: 'Find it in your body',
      body: 'Where do you feel the pull? Your chest, your hands, your stomach, your jaw? Notice it there, as it is.',
    },
    {
      type: 'timer',
      id: 'ride',
      title: 'Ride the wave',
      body: 'Breathe slowly and let the urge rise and fall. Every minute, you\'ll be asked how strong it is.',
      seconds: 600,
      checkInEverySeconds: 60,
      checkInPrompt: 'How strong is the urge now, from 0 to 10?',
      cues: [
        { at: 0, text: 'Breathe out slowly. The urge is a wave; you are riding it.' },
        { at: 120, text: 'Notice where it sits in your body. Breathe around it.' },
        { at: 300, text: 'Halfway. Urges often peak and then start to fall.' },
        { at: 480, text: 'Notice whether it has changed, even a little.' },
      ],
    },
    {
      type: 'writing',
      id: 'what-helped',
      title: 'What helped',
      prompt: 'What helped you stay with it? Anything you want to remember for next time?',
      optional: true,
      maxLength: 2000,
    },
  ],
};
