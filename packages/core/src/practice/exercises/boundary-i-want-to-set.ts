import type { Exercise } from '../exercise-types';

export const boundaryIWantToSet: Exercise = {
  id: 'boundary-i-want-to-set',
  skillId: 'setting-a-boundary',
  kind: 'healing',
  title: 'A boundary I want to set',
  summary: 'Plan one boundary: what it is, who it is with, the words you\'ll use and what you\'ll do if it is crossed.',
  minutes: 10,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'begin',
      title: 'Start small',
      body: 'Pick one small boundary, ideally with someone fairly safe. Planning is the whole task today; saying it can come later. If this stirs up guilt or fear, stepping back into coping is fine.',
    },
    { type: 'writing', id: 'what', title: 'What the boundary is', prompt: 'What will you do, or stop doing? What do you need?', hint: 'Like "I won\'t answer work messages after 7" or "I need a day\'s notice before visits".', optional: false, maxLength: 2000 },
    { type: 'writing', id: 'with-whom', title: 'Who it is with', prompt: 'Who is this boundary with?', hint: 'A first name, or "someone at work", is enough.', optional: true, maxLength: 200 },
    { type: 'writing', id: 'why', title: 'Why it matters', prompt: 'Why does this matter to you? What will it protect?', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'words', title: 'The words you\'ll use', prompt: 'Write the sentence you will say. Short, calm and kind works best, with no long explanation.', hint: 'Like "I can\'t do that, but I can…" or "I need…".', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'if-crossed', title: 'If it is crossed', prompt: 'If the line is crossed anyway, what will you do?', hint: 'Saying it again, leaving the room, or taking a break from them all count.', optional: true, maxLength: 2000 },
    { type: 'rating', id: 'readiness', title: 'How ready you feel', prompt: 'How ready do you feel to say it?', min: 0, max: 10, lowLabel: 'not yet', highLabel: 'ready', optional: true },
    {
      type: 'instruction',
      id: 'after',
      title: 'Afterwards',
      body: 'Whenever you do say it, plan something soothing for afterwards. Feeling guilty or shaky after setting a boundary is common, and it passes.',
    },
  ],
};
