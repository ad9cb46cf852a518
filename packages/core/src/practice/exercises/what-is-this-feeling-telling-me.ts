import type { Exercise } from '../exercise-types';

export const whatIsThisFeelingTellingMe: Exercise = {
  id: 'what-is-this-feeling-telling-me',
  skillId: 'what-is-this-feeling-telling-me',
  kind: 'healing',
  title: 'Get curious: what is this feeling trying to tell me?',
  summary: 'Meet a feeling as a messenger instead of a problem, and listen for what it has come to say.',
  minutes: 10,
  bestWithTherapist: false,
  steps: [
    {
      type: 'instruction',
      id: 'begin',
      title: 'Curious, not critical',
      body: 'There are no right answers here, only noticing. If the feeling grows too big, you can step back into coping at any point and come back another day.',
    },
    { type: 'writing', id: 'feeling', title: 'Name the feeling', prompt: 'What are you feeling? One word is enough.', hint: 'Sad, scared, angry, lonely, ashamed, tense, flat…', optional: false, maxLength: 200 },
    { type: 'rating', id: 'strength', title: 'How strong is it?', prompt: 'How strong is the feeling right now?', min: 0, max: 10, lowLabel: 'barely there', highLabel: 'as strong as it gets', optional: true },
    { type: 'writing', id: 'in-the-body', title: 'Where it lives', prompt: 'Where do you feel it in your body, and what is it like there?', hint: 'Heavy, tight, hot, hollow, fluttery…', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'message', title: 'What it wants you to know', prompt: 'If this feeling could speak, what would it say to you?', hint: 'Write whatever comes, even if it seems odd or small.', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'need', title: 'What it is asking for', prompt: 'What might it be asking for? Rest, comfort, a limit, a conversation, time to grieve?', optional: true, maxLength: 2000 },
    { type: 'writing', id: 'small-response', title: 'One small answer', prompt: 'What is one small way you could answer it today?', optional: true, maxLength: 2000 },
    {
      type: 'instruction',
      id: 'thanks',
      title: 'Thank yourself',
      body: 'You listened instead of pushing the feeling away. It may still be here, and that is okay.',
    },
  ],
};
