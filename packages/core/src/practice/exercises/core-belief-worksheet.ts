import type { Exercise } from '../exercise-types';

/**
 * The worksheet rates the belief before and after, so progress can notice a belief held more
 * lightly over time. Its step ids are part of the stored data: keep them.
 */
export const coreBeliefWorksheet: Exercise = {
  id: 'core-belief-worksheet',
  skillId: 'challenging-core-beliefs',
  kind: 'healing',
  title: 'Core-belief worksheet',
  summary: 'Put an old belief about yourself next to the evidence of your actual life, and see whether it loosens a little. If it stirs up too much, you can step back into coping at any point.',
  minutes: 15,
  bestWithTherapist: false,
  steps: [
    {
      type: 'writing',
      id: 'belief',
      title: 'Name the belief',
      prompt: 'What is the belief about yourself? Write it the way you say it to yourself.',
      hint: 'Short and plain, like "I\'m not enough" or "I have to earn being loved".',
      optional: false,
      maxLength: 2000,
    },
    {
      type: 'rating',
      id: 'strength-before',
      title: 'How strongly you believe it',
      prompt: 'Right now, how strongly do you believe it?',
      min: 0,
      max: 100,
      lowLabel: 'not at all',
      highLabel: 'completely',
      optional: false,
    },
    {
      type: 'writing',
      id: 'evidence-for',
      title: 'What seems to support it',
      prompt: 'What makes it feel true? Write it down honestly. Looking at it is not agreeing with it.',
      optional: true,
      maxLength: 2000,
    },
    {
      type: 'writing',
      id: 'evidence-against',
      title: 'What doesn\'t fit it',
      prompt: 'What doesn\'t fit the belief? Times you managed, were cared for, were enough. Small ones count.',
      hint: 'If nothing comes, think about what a friend who knows you well would add.',
      optional: true,
      maxLength: 2000,
    },
    {
      type: 'writing',
      id: 'kinder-belief',
      title: 'A kinder belief',
      prompt: 'Write a fairer sentence that makes room for both lists. It only needs to be a little more believable, not perfect.',
      hint: 'For example: "I make mistakes, and I am still worth caring about."',
      optional: true,
      maxLength: 2000,
    },
    {
      type: 'rating',
      id: 'strength-after',
      title: 'Rate it again',
      prompt: 'Read the old belief once more. How strongly do you believe it now?',
      min: 0,
      max: 100,
      lowLabel: 'not at all',
      highLabel: 'completely',
      optional: false,
    },
  ],
  beliefRating: { beliefStepId: 'belief', beforeStepId: 'strength-before', afterStepId: 'strength-after' },
};
