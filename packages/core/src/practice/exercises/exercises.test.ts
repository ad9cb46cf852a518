import { describe, expect, it } from 'vitest';
import { catalogueSkill } from '../../catalogue/index';
import { answerProblems } from '../answer-problems';
import type { Exercise, ExerciseStep } from '../exercise-types';
import { EXERCISES, exerciseById, exerciseForSkill } from './index';

const byId = (id: string) => {
  const exercise = exerciseById(id);
  if (!exercise) throw new Error(`no exercise "${id}"`);
  return exercise;
};

const stepTexts = (step: ExerciseStep): string[] => {
  switch (step.type) {
    case 'instruction':
    case 'pacer':
      return [step.title, step.body];
    case 'timer':
      return [step.title, step.body, step.checkInPrompt ?? '', ...(step.cues ?? []).map((cue) => cue.text)].filter(Boolean);
    case 'list':
      return [step.title, step.prompt, step.itemLabel];
    case 'writing':
      return [step.title, step.prompt, step.hint ?? ''].filter(Boolean);
    case 'rating':
      return [step.title, step.prompt, step.lowLabel, step.highLabel];
  }
};

const texts = (exercise: Exercise) => [exercise.title, exercise.summary, ...exercise.steps.flatMap(stepTexts)];

const each = EXERCISES.map((exercise) => [exercise.id, exercise] as const);

describe('the exercise list', () => {
  it('has at least 12 exercises with unique slug ids', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(12);
    const ids = EXERCISES.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has every exercise the issue asks for', () => {
    const required: [string, Exercise['kind']][] = [
      ['box-breathing', 'coping'], ['longer-exhale', 'coping'], ['five-senses-grounding', 'coping'],
      ['riding-an-urge', 'coping'], ['soothing-senses', 'coping'], ['body-scan', 'coping'],
      ['what-is-this-feeling-telling-me', 'healing'], ['core-belief-worksheet', 'healing'],
      ['self-compassion-pause', 'healing'], ['letter-to-younger-self', 'healing'],
      ['boundary-i-want-to-set', 'healing'], ['grief-and-memory-prompts', 'healing'],
      ['noticing-safety-signals', 'healing'],
    ];
    for (const [id, kind] of required) expect(exerciseById(id)?.kind, id).toBe(kind);
  });

  it('lists coping exercises first, then healing', () => {
    const kinds = EXERCISES.map((exercise) => exercise.kind);
    const firstHealing = kinds.indexOf('healing');
    expect(firstHealing).toBeGreaterThan(0);
    expect(kinds.slice(firstHealing).every((kind) => kind === 'healing')).toBe(true);
  });

  it('has at most one exercise per skill, so exerciseForSkill is unambiguous', () => {
    const skillIds = EXERCISES.map((exercise) => exercise.skillId);
    expect(new Set(skillIds).size).toBe(skillIds.length);
    expect(exerciseForSkill('challenging-core-beliefs')?.id).toBe('core-belief-worksheet');
    expect(exerciseForSkill('box-breathing')?.id).toBe('box-breathing');
    expect(exerciseForSkill('endless-scrolling')).toBeUndefined();
    expect(exerciseById('no-such-exercise')).toBeUndefined();
  });
});

describe.each(each)('%s', (_id, exercise) => {
  it('practises a catalogue skill of the same kind', () => {
    const skill = catalogueSkill(exercise.skillId);
    expect(skill, exercise.skillId).toBeDefined();
    expect(skill?.kind).toBe(exercise.kind);
    expect(skill?.pointsToCrisisHelp).toBe(false);
  });

  it('has a title, a short summary, a time and steps with unique ids', () => {
    expect(exercise.title.trim()).not.toBe('');
    expect(exercise.summary.trim()).not.toBe('');
    expect(exercise.summary.length).toBeLessThanOrEqual(300);
    expect(exercise.minutes).toBeGreaterThan(0);
    expect(exercise.steps.length).toBeGreaterThanOrEqual(2);
    const ids = exercise.steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has steps that make sense for their type', () => {
    for (const step of exercise.steps) {
      expect(step.title.trim(), step.id).not.toBe('');
      switch (step.type) {
        case 'instruction':
          expect(step.body.trim(), step.id).not.toBe('');
          break;
        case 'pacer': {
          const { inhale, holdIn, exhale, holdOut } = step.pattern;
          expect(inhale, step.id).toBeGreaterThan(0);
          expect(exhale, step.id).toBeGreaterThan(0);
          expect(holdIn, step.id).toBeGreaterThanOrEqual(0);
          expect(holdOut, step.id).toBeGreaterThanOrEqual(0);
          for (const seconds of [inhale, holdIn, exhale, holdOut]) expect(Number.isInteger(seconds), step.id).toBe(true);
          expect(Number.isInteger(step.rounds) && step.rounds > 0, step.id).toBe(true);
          break;
        }
        case 'timer': {
          expect(Number.isInteger(step.seconds) && step.seconds > 0, step.id).toBe(true);
          if (step.checkInEverySeconds !== undefined) {
            expect(step.checkInEverySeconds, step.id).toBeGreaterThan(0);
            expect(step.checkInEverySeconds, step.id).toBeLessThanOrEqual(step.seconds);
            expect(step.checkInPrompt?.trim(), step.id).toBeTruthy();
          }
          const cues = step.cues ?? [];
          const at = cues.map((cue) => cue.at);
          expect(at, step.id).toEqual([...at].sort((a, b) => a - b));
          expect(new Set(at).size, step.id).toBe(at.length);
          for (const cue of cues) {
            expect(cue.at, step.id).toBeGreaterThanOrEqual(0);
            expect(cue.at, step.id).toBeLessThan(step.seconds);
            expect(cue.text.trim(), step.id).not.toBe('');
          }
          break;
        }
        case 'list':
          expect(Number.isInteger(step.count), step.id).toBe(true);
          expect(step.count, step.id).toBeGreaterThanOrEqual(1);
          expect(step.count, step.id).toBeLessThanOrEqual(10);
          expect(step.prompt.trim(), step.id).not.toBe('');
          expect(step.itemLabel.trim(), step.id).not.toBe('');
          break;
        case 'writing':
          expect(step.prompt.trim(), step.id).not.toBe('');
          expect(step.maxLength, step.id).toBeGreaterThan(0);
          // The practice schema stores at most 5000 characters per answer.
          expect(step.maxLength, step.id).toBeLessThanOrEqual(5000);
          break;
        case 'rating':
          expect(step.prompt.trim(), step.id).not.toBe('');
          expect(step.lowLabel.trim(), step.id).not.toBe('');
          expect(step.highLabel.trim(), step.id).not.toBe('');
          expect(Number.isInteger(step.min) && Number.isInteger(step.max), step.id).toBe(true);
          expect(step.min, step.id).toBeLessThan(step.max);
          break;
      }
    }
  });

  it('points its belief rating at a writing step and two ratings', () => {
    if (!exercise.beliefRating) return;
    const step = (id: string) => exercise.steps.find((candidate) => candidate.id === id);
    const { beliefStepId, beforeStepId, afterStepId } = exercise.beliefRating;
    expect(step(beliefStepId)?.type).toBe('writing');
    expect(step(beforeStepId)?.type).toBe('rating');
    expect(step(afterStepId)?.type).toBe('rating');
    const order = (id: string) => exercise.steps.findIndex((candidate) => candidate.id === id);
    expect(order(beliefStepId)).toBeLessThan(order(beforeStepId));
    expect(order(beforeStepId)).toBeLessThan(order(afterStepId));
  });

  it('reminds a healing exercise\'s reader that stepping back into coping is allowed', () => {
    if (exercise.kind !== 'healing') return;
    expect(texts(exercise).join(' ')).toMatch(/step(ping)? back into coping/i);
  });

  it('accepts an empty answer set (stepping back early, skipping optional steps)', () => {
    expect(answerProblems(exercise, {})).toEqual([]);
  });

  const MORALISING = /\b(bad|should|wrong|weak|weakness|failure|failing|lazy|addict|addiction)\b/i;

  it('does not moralise or diagnose', () => {
    for (const text of texts(exercise)) {
      expect(text).not.toMatch(MORALISING);
      expect(text).not.toMatch(/\b(disorder|diagnos\w*|PTSD|you have (depression|anxiety))\b/i);
    }
  });
});

describe('the exercises the issue names', () => {
  it('paces box breathing 4-4-4-4 and the longer exhale with a longer breath out', () => {
    const pacer = (id: string) => byId(id).steps.find((step) => step.type === 'pacer');
    expect(pacer('box-breathing')).toMatchObject({ pattern: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 } });
    const longer = pacer('longer-exhale');
    if (longer?.type !== 'pacer') throw new Error('longer-exhale has no pacer');
    expect(longer.pattern.exhale).toBeGreaterThan(longer.pattern.inhale);
  });

  it('grounds through the senses with lists of 5, 4, 3, 2 and 1', () => {
    const counts = byId('five-senses-grounding').steps.flatMap((step) => (step.type === 'list' ? [step.count] : []));
    expect(counts).toEqual([5, 4, 3, 2, 1]);
  });

  it('rides an urge for about ten minutes, checking in every minute', () => {
    const timer = byId('riding-an-urge').steps.find((step) => step.type === 'timer');
    expect(timer).toMatchObject({ checkInEverySeconds: 60 });
    if (timer?.type !== 'timer') throw new Error('riding-an-urge has no timer');
    expect(timer.seconds).toBeGreaterThanOrEqual(8 * 60);
    expect(timer.seconds).toBeLessThanOrEqual(12 * 60);
    expect(answerProblems(byId('riding-an-urge'), { ride: [7, 8, 8, 6, 5, 5, 4, 3, 3, 2, 2] })).toEqual([]);
    expect(answerProblems(byId('riding-an-urge'), { ride: [11] })).toEqual([
      { stepId: 'ride', message: 'must be a list of whole numbers from 0 to 10' },
    ]);
  });

  it('scans the body for two minutes with cues', () => {
    const timer = byId('body-scan').steps.find((step) => step.type === 'timer');
    expect(timer).toMatchObject({ seconds: 120 });
    if (timer?.type !== 'timer') throw new Error('body-scan has no timer');
    expect(timer.cues?.length).toBeGreaterThanOrEqual(3);
  });

  it('marks grief and memory prompts as best done with a therapist, and says so', () => {
    const grief = byId('grief-and-memory-prompts');
    expect(grief.bestWithTherapist).toBe(true);
    expect(grief.summary).toMatch(/therapist/i);
    expect(catalogueSkill(grief.skillId)?.withTherapist).toBe(true);
  });

  it('plans a boundary: what, with whom, the words, and what if it is crossed', () => {
    const ids = byId('boundary-i-want-to-set').steps.map((step) => step.id);
    expect(ids).toEqual(expect.arrayContaining(['what', 'with-whom', 'words', 'if-crossed']));
  });
});

describe('the core-belief worksheet', () => {
  const worksheet = byId('core-belief-worksheet');

  it('is the challenging-core-beliefs skill, with its six steps in order', () => {
    expect(worksheet.skillId).toBe('challenging-core-beliefs');
    expect(worksheet.kind).toBe('healing');
    expect(worksheet.steps.map((step) => [step.id, step.type])).toEqual([
      ['belief', 'writing'], ['strength-before', 'rating'], ['evidence-for', 'writing'],
      ['evidence-against', 'writing'], ['kinder-belief', 'writing'], ['strength-after', 'rating'],
    ]);
    for (const id of ['strength-before', 'strength-after']) {
      expect(worksheet.steps.find((step) => step.id === id)).toMatchObject({ min: 0, max: 100 });
    }
    expect(worksheet.beliefRating).toEqual({ beliefStepId: 'belief', beforeStepId: 'strength-before', afterStepId: 'strength-after' });
  });

  it('accepts a full answer set', () => {
    expect(answerProblems(worksheet, {
      'belief': 'I\'m not enough',
      'strength-before': 80,
      'evidence-for': 'I didn\'t get the job.',
      'evidence-against': 'My friends ask for my help. I finished my course.',
      'kinder-belief': 'I am enough as I am, even on days I fall short.',
      'strength-after': 60,
    })).toEqual([]);
  });

  it('rejects a rating above 100 and a step it does not have, saying why', () => {
    expect(answerProblems(worksheet, { 'belief': 'I\'m too much', 'strength-before': 101, 'mood': 'fine' })).toEqual([
      { stepId: 'strength-before', message: 'must be a whole number from 0 to 100' },
      { stepId: 'mood', message: 'is not a step of "core-belief-worksheet"' },
    ]);
  });

  it('rejects writing that is too long or not text', () => {
    expect(answerProblems(worksheet, { 'belief': 'x'.repeat(2001), 'evidence-for': 3 })).toEqual([
      { stepId: 'belief', message: 'must be at most 2000 characters' },
      { stepId: 'evidence-for', message: 'must be text' },
    ]);
  });
});
