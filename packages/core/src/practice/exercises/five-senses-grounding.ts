import type { Exercise } from '../exercise-types';

export const fiveSensesGrounding: Exercise = {
  id: 'five-senses-grounding',
  skillId: 'five-senses-grounding',
  kind: 'coping',
  title: '5-4-3-2-1 senses',
  summary: 'Come back to the room one sense at a time: five things you see, four you feel, three you hear, two you smell, one you taste.',
  minutes: 3,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'begin',
      title: 'Come back to right here',
      body: 'You can type what you notice or just name it in your head. Both work. Take your time with each one.',
    },
    { type: 'list', id: 'see', title: 'Five things you can see', prompt: 'Look around you. What can you see?', count: 5, itemLabel: 'Something you can see', optional: true },
    { type: 'list', id: 'feel', title: 'Four things you can feel', prompt: 'Your clothes, the chair, the air on your skin. What can you feel?', count: 4, itemLabel: 'Something you can feel', optional: true },
    { type: 'list', id: 'hear', title: 'Three things you can hear', prompt: 'Listen for sounds, near or far. What can you hear?', count: 3, itemLabel: 'Something you can hear', optional: true },
    { type: 'list', id: 'smell', title: 'Two things you can smell', prompt: 'What can you smell? If nothing, think of two smells you like.', count: 2, itemLabel: 'Something you can smell', optional: true },
    { type: 'list', id: 'taste', title: 'One thing you can taste', prompt: 'What can you taste right now? A sip of something counts.', count: 1, itemLabel: 'Something you can taste', optional: true },
    {
      type: 'instruction',
      id: 'breathe',
      title: 'One slow breath',
      body: 'Take one slow breath and notice where you are. You are here, in this moment.',
    },
  ],
};
