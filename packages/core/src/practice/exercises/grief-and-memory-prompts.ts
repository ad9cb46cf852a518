import type { Exercise } from '../exercise-types';

export const griefAndMemoryPrompts: Exercise = {
  id: 'grief-and-memory-prompts',
  skillId: 'grief-and-memory-prompts',
  kind: 'healing',
  title: 'Grief and memory prompts',
  summary: 'Prompts for writing about someone or something you have lost. This is deep work, best done with a therapist\'s support; take one prompt at a time and stop whenever you need to.',
  minutes: 20,
  bestWithTherapist: true,
  steps: [
    {
      type: 'instruction',
      id: 'before',
      title: 'Before you begin',
      body: 'Choose a quiet time, and plan something gentle for afterwards. One prompt is plenty; skip any you like. If it gets too heavy, step back into coping. That is part of grieving too.',
    },
    { type: 'writing', id: 'who-or-what', title: 'Who or what you are grieving', prompt: 'Who or what are you grieving?', optional: true, maxLength: 200 },
    { type: 'writing', id: 'a-memory', title: 'A memory to keep', prompt: 'Describe one memory: a happy one, an ordinary one or a hard one. Where were you? What do you remember most?', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'unsaid', title: 'Something left unsaid', prompt: 'Is there something you wish you had said, or still want to say? You can write it to them directly.', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'what-changed', title: 'What has changed', prompt: 'How has your life, or how have you, changed since the loss?', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'carry-forward', title: 'What you carry with you', prompt: 'What from them, or from this time, do you want to carry forward?', optional: true, maxLength: 2000 },
    {
      type: 'instruction',
      id: 'after',
      title: 'Look after yourself now',
      body: 'Grief can keep moving for a while after writing, sometimes for days. Rest, have something warm, or reach out to someone. If you see a therapist, you could bring what you wrote to your next session.',
    },
  ],
};
