import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { healingArea } from '../path/healing-areas';
import type { Arousal, SkillView } from '../schemas/skill';
import { SuggestionsSchema } from '../schemas/suggestions';
import {
  AS_OF, CATALOGUE_VIEWS, HARD_WEEKS, STEADY_WEEKS, ago, areaState, createEffect, createPath, createPractice, ownSkill, testAreas,
} from './healing-factories';
import { suggestWhatMightHelp, type WhatMightHelpInput } from './what-might-help';

/** A fixed toolkit (real ids, so guided exercises link up), independent of later catalogue edits. */
const catalogueSkill = (id: string, kind: SkillView['kind'], family: SkillView['family'], min: number, max: number, arousal: Arousal[], extra: Partial<SkillView> = {}) =>
  ownSkill(id, { kind, family, source: 'catalogue', distressRange: { min, max }, arousal, ...extra });
const ALL: Arousal[] = ['hyper', 'window', 'hypo'];
const SKILLS: SkillView[] = [
  catalogueSkill('five-senses-grounding', 'coping', 'grounding', 4, 10, ['hyper', 'hypo']),
  catalogueSkill('feet-on-the-floor', 'coping', 'grounding', 3, 10, ['hyper', 'hypo']),
  catalogueSkill('box-breathing', 'coping', 'breathing', 3, 9, ['hyper', 'window']),
  catalogueSkill('longer-exhale', 'coping', 'breathing', 3, 10, ['hyper']),
  catalogueSkill('walk-for-racing-thoughts', 'coping', 'movement', 2, 8, ALL),
  catalogueSkill('make-a-warm-drink', 'coping', 'soothing', 1, 6, ['hyper', 'window']),
  catalogueSkill('reach-out-to-a-friend', 'coping', 'connection', 2, 9, ALL),
  catalogueSkill('journaling', 'coping', 'expression', 2, 7, ['hyper', 'window']),
  catalogueSkill('endless-scrolling', 'maladaptive', 'avoidance', 2, 8, ['hyper', 'hypo']),
  catalogueSkill('self-harm-urges', 'maladaptive', 'self-harm', 5, 10, ['hyper', 'hypo'], { pointsToCrisisHelp: true }),
  ownSkill('custom-call-the-crisis-line', { family: 'connection', pointsToCrisisHelp: true }),
  catalogueSkill('self-compassion-pause', 'healing', 'self-compassion', 0, 6, ['window']),
  catalogueSkill('finding-your-limits', 'healing', 'boundaries', 0, 5, ['window']),
  catalogueSkill('identifying-core-beliefs', 'healing', 'core-beliefs', 0, 5, ['window']),
  catalogueSkill('processing-emotional-memories', 'healing', 'emotion-processing', 0, 4, ['window'], { withTherapist: true }),
  catalogueSkill('letting-the-tears-come', 'healing', 'grief', 0, 6, ['window']),
];

function suggest(overrides: Partial<WhatMightHelpInput> & Pick<WhatMightHelpInput, 'distress'>) {
  const answer = suggestWhatMightHelp({
    skills: SKILLS, skillEffects: [], windowWeeks: STEADY_WEEKS, path: null, practices: [], asOf: AS_OF, timeZone: 'UTC', areas: testAreas,
    ...overrides,
  });
  expect(SuggestionsSchema.parse(answer)).toEqual(answer);
  return answer;
}
const ids = (answer: ReturnType<typeof suggest>) => answer.suggestions.map((suggestion) => suggestion.skillId);

describe('what might help now: steady first (distress 8 or more, or numb)', () => {
  it('at distress 9 offers grounding and breathing, then other coping that fits, and the safety plan; never healing', () => {
    const answer = suggest({ distress: 9 });
    expect(answer).toMatchObject({ band: 'steady-first', offerSafetyPlan: true });
    expect(ids(answer)).toEqual(['five-senses-grounding', 'box-breathing', 'feet-on-the-floor', 'longer-exhale', 'reach-out-to-a-friend']);
    expect(answer.suggestions[0]).toEqual({
      skillId: 'five-senses-grounding', kind: 'coping', exerciseId: 'five-senses-grounding', source: 'catalogue', pathAreaId: null,
      reason: 'Brings your attention back to the here and now. Fits when distress is high.',
    });
  });

  it('puts the person\'s own soothing grounding first, and breathing first when wound up', () => {
    const answer = suggest({ distress: 9, arousal: 'hyper', skillEffects: [createEffect('feet-on-the-floor')] });
    expect(ids(answer)).toEqual(['feet-on-the-floor', 'box-breathing', 'five-senses-grounding', 'longer-exhale', 'reach-out-to-a-friend']);
    expect(answer.suggestions[0]).toMatchObject({ source: 'own-data', reason: expect.stringMatching(/^Across 6 moments in your log, it brought distress down by about 3 points on average/) });
    expect(answer.suggestions[1]!.reason).toBe('Slower breathing tells your body it can settle. Fits when you feel wound up and distress is high.');
  });

  it('at distress 10 and numb offers only what suits numbness, whatever soothes in the log', () => {
    const skillEffects = [createEffect('endless-scrolling', { shrunkRelief: 5 }), createEffect('self-compassion-pause'), createEffect('box-breathing')];
    const answer = suggest({ distress: 10, arousal: 'hypo', skillEffects });
    expect(answer).toMatchObject({ band: 'steady-first', offerSafetyPlan: true });
    expect(ids(answer)).toEqual(['five-senses-grounding', 'feet-on-the-floor']);
    expect(answer.suggestions[0]!.reason).toBe('Brings your attention back to the here and now. Fits when you feel numb or far away and distress is high.');
  });

  it('is steady first when numb even at distress 3: numbness is not calm', () => {
    const answer = suggest({ distress: 3, arousal: 'hypo', path: createPath([areaState('test-area')]) });
    expect(answer).toMatchObject({ band: 'steady-first', offerSafetyPlan: true });
    expect(ids(answer)).toEqual(['feet-on-the-floor', 'five-senses-grounding', 'walk-for-racing-thoughts', 'reach-out-to-a-friend']);
  });
});

describe('what might help now: ease (distress 4 to 7)', () => {
  it('without insights: catalogue coping that fits the level, one family at a time', () => {
    const answer = suggest({ distress: 5 });
    expect(answer).toMatchObject({ band: 'ease', offerSafetyPlan: false });
    expect(ids(answer)).toEqual(['box-breathing', 'five-senses-grounding', 'walk-for-racing-thoughts', 'make-a-warm-drink', 'reach-out-to-a-friend']);
    expect(answer.suggestions.every((suggestion) => suggestion.source === 'catalogue' && suggestion.kind === 'coping')).toBe(true);
    expect(answer.suggestions[3]!.reason).toBe('Comforts you through your senses. Fits when distress is moderate.');
  });

  it('with insights: what soothes this person first, most relief first; maladaptive and crisis skills never, even when they "soothe"', () => {
    const skillEffects = [
      createEffect('journaling', { shrunkRelief: 2.5, meanRelief: 2.5, meanHeld: 0.95, usesWithAfter: 4 }),
      createEffect('walk-for-racing-thoughts', { shrunkRelief: 3.1 }),
      createEffect('endless-scrolling', { shrunkRelief: 5 }),
      createEffect('self-harm-urges', { shrunkRelief: 6 }),
      createEffect('custom-call-the-crisis-line', { shrunkRelief: 6 }),
      createEffect('box-breathing', { verdict: 'distracts', reason: 'relief-faded', meanHeld: 0.2 }),
    ];
    const answer = suggest({ distress: 5, skillEffects });
    expect(ids(answer)).toEqual(['walk-for-racing-thoughts', 'journaling', 'longer-exhale', 'five-senses-grounding', 'make-a-warm-drink']);
    expect(answer.suggestions[0]).toMatchObject({
      source: 'own-data', pathAreaId: null,
      reason: 'Across 6 moments in your log, it brought distress down by about 3 points on average, and most of that ease was still there when you checked in later.',
    });
    expect(answer.suggestions[1]!.reason).toBe(
      'Across 4 moments in your log, it brought distress down by about 2.5 points on average, and nearly all of that ease was still there when you checked in later.');
  });

  it('with a trigger, prefers coping that suits it and says so', () => {
    const answer = suggest({ distress: 6, trigger: 'Argument with my partner' });
    expect(ids(answer)[0]).toBe('walk-for-racing-thoughts');
    expect(answer.suggestions[0]!.reason).toBe('Lets your body use up some of the charge. Fits when distress is moderate. It fits a trigger like this.');
    expect(answer.suggestions.filter((suggestion) => suggestion.reason.endsWith('It fits a trigger like this.')).map((suggestion) => suggestion.skillId))
      .toEqual(['walk-for-racing-thoughts', 'box-breathing']);
  });
});

describe('what might help now: heal and gentle (distress 3 or less)', () => {
  const path = createPath([areaState('test-area'), areaState('other-area')]);

  it('with steady weeks and a path: exactly one step from the path, then two light coping skills', () => {
    const answer = suggest({ distress: 2, path });
    expect(answer).toMatchObject({ band: 'heal', offerSafetyPlan: false });
    expect(answer.suggestions).toEqual([
      {
        skillId: 'self-compassion-pause', kind: 'healing', exerciseId: 'self-compassion-pause', source: 'path', pathAreaId: 'test-area',
        reason: 'The next step on your healing path (Test area, the gentlest layer: Gentle).',
      },
      expect.objectContaining({ skillId: 'make-a-warm-drink', source: 'catalogue', reason: 'Comforts you through your senses. Fits when distress is low.' }),
      expect.objectContaining({ skillId: 'walk-for-racing-thoughts', source: 'catalogue' }),
    ]);
  });

  it('with a trigger, takes the step from the area that fits it', () => {
    const answer = suggest({ distress: 1, path, trigger: 'grief' });
    expect(answer.band).toBe('heal');
    expect(answer.suggestions[0]).toMatchObject({
      // The area that fits the trigger, not the path's own next step, is the one the practice counts in.
      skillId: 'letting-the-tears-come', source: 'path', pathAreaId: 'other-area',
      reason: 'The next step on your healing path (Other area, the gentlest layer: Only gentle). It fits a trigger like this.',
    });
    expect(answer.suggestions.filter((suggestion) => suggestion.source === 'path')).toHaveLength(1);
  });

  it('with hard recent weeks: gentle, light coping only, no healing work', () => {
    const answer = suggest({ distress: 2, path, windowWeeks: HARD_WEEKS });
    expect(answer).toMatchObject({ band: 'gentle', offerSafetyPlan: false });
    expect(ids(answer)).toEqual(['make-a-warm-drink', 'walk-for-racing-thoughts', 'reach-out-to-a-friend', 'journaling']);
  });

  it('when the pace is full, or the path is paused, or the body is wound up: gentle, without a step', () => {
    const done = [createPractice({ pathAreaId: 'test-area', startedAt: ago(2) })];
    expect(suggest({ distress: 2, path, practices: done })).toMatchObject({ band: 'gentle' });
    expect(suggest({ distress: 2, path: { ...path, paused: true, pausedAt: ago(3) } }).band).toBe('gentle');
    expect(suggest({ distress: 2, path, arousal: 'hyper' }).band).toBe('gentle');
    for (const answer of [suggest({ distress: 2, path, practices: done }), suggest({ distress: 2, path: { ...path, paused: true, pausedAt: ago(3) } })]) {
      expect(answer.suggestions.every((suggestion) => suggestion.kind === 'coping')).toBe(true);
    }
  });

  it('without a path: light coping and one gentle healing skill to try alone, never one meant for a therapist', () => {
    const answer = suggest({ distress: 2 });
    expect(answer.band).toBe('gentle');
    expect(ids(answer)).toEqual(['make-a-warm-drink', 'walk-for-racing-thoughts', 'reach-out-to-a-friend', 'journaling', 'self-compassion-pause']);
    expect(answer.suggestions[4]).toEqual({
      skillId: 'self-compassion-pause', kind: 'healing', exerciseId: 'self-compassion-pause', source: 'catalogue', pathAreaId: null,
      reason: 'Practises meeting yourself with kindness. A gentle step toward healing while things are calm, one you can try on your own.',
    });
    // A path with no areas chosen is no path.
    expect(ids(suggest({ distress: 2, path: createPath([]) }))).toEqual(ids(answer));
  });

  it('without a path and with a trigger: coping and healing that fit it', () => {
    const answer = suggest({ distress: 2, trigger: 'argument with my mum' });
    expect(ids(answer)).toEqual(['walk-for-racing-thoughts', 'make-a-warm-drink', 'reach-out-to-a-friend', 'journaling', 'finding-your-limits']);
    expect(answer.suggestions[4]!.reason).toMatch(/^Helps you notice and protect your limits\. .* It fits a trigger like this\.$/);
    // Emotion processing is the next fitting family, but its only skill is meant for a therapist's room.
    const noBoundaries = SKILLS.filter((skill) => skill.id !== 'finding-your-limits');
    expect(ids(suggest({ distress: 2, trigger: 'argument', skills: noBoundaries })).at(-1)).toBe('self-compassion-pause');
  });
});

describe('what might help now with the real catalogue', () => {
  const real = { skills: CATALOGUE_VIEWS, skillEffects: [], windowWeeks: STEADY_WEEKS, practices: [], asOf: AS_OF, timeZone: 'Europe/Dublin' };

  it('at distress 9 begins with grounding and breathing, all of it coping', () => {
    const answer = suggestWhatMightHelp({ ...real, distress: 9, path: null });
    expect(answer.suggestions).toHaveLength(5);
    expect(answer.suggestions.every((suggestion) => suggestion.kind === 'coping')).toBe(true);
    const families = answer.suggestions.slice(0, 4).map((suggestion) => CATALOGUE_VIEWS.find((skill) => skill.id === suggestion.skillId)!.family);
    expect(families.every((family) => family === 'grounding' || family === 'breathing')).toBe(true);
  });

  it('at distress 2 with a real path offers that area\'s gentlest layer, with its guided exercise when it has one', () => {
    const area = healingArea('core-beliefs');
    expect(area).toBeDefined();
    const answer = suggestWhatMightHelp({ ...real, distress: 2, path: createPath([areaState('core-beliefs')]) });
    expect(answer.band).toBe('heal');
    expect(area!.layers[0]!.skillIds).toContain(answer.suggestions[0]!.skillId);
    expect(answer.suggestions[0]!.source).toBe('path');
  });
});

describe('what might help now, for any input', () => {
  const kinds = fc.constantFrom('coping', 'healing', 'maladaptive' as const);
  const verdicts = fc.constantFrom('soothes', 'distracts', 'no-clear-effect', 'not-enough-data' as const);
  const input = fc.record({
    distress: fc.integer({ min: 0, max: 10 }),
    arousal: fc.constantFrom(null, 'hyper', 'window', 'hypo' as const),
    trigger: fc.option(fc.constantFrom('work', 'grief and loss', 'panic', 'argument with my mum', 'lonely', 'something else'), { nil: null }),
    // Any skill may be re-classified, and any may "soothe".
    reclassified: fc.dictionary(fc.constantFrom(...CATALOGUE_VIEWS.map((skill) => skill.id)), kinds, { maxKeys: 15 }),
    effects: fc.dictionary(fc.constantFrom(...CATALOGUE_VIEWS.map((skill) => skill.id)), verdicts, { maxKeys: 30 }),
    steady: fc.boolean(),
    hasPath: fc.boolean(),
    seed: fc.integer(),
  });

  it('never suggests a maladaptive skill, one pointing to crisis help or one filed under self-harm; at most 5, none twice, same answer for any order', () => {
    fc.assert(fc.property(input, ({ distress, arousal, trigger, reclassified, effects, steady, hasPath, seed }) => {
      const skills = [
        ...CATALOGUE_VIEWS.map((skill) => (reclassified[skill.id] ? { ...skill, kind: reclassified[skill.id]! } : skill)),
        ownSkill('custom-my-crisis-card', { pointsToCrisisHelp: true }),
        ownSkill('custom-picking-at-skin', { family: 'self-harm' }),
      ];
      const skillEffects = [...Object.entries(effects), ['custom-my-crisis-card', 'soothes'] as const, ['custom-picking-at-skin', 'soothes'] as const]
        .map(([skillId, verdict]) => createEffect(skillId, { verdict }));
      const base: WhatMightHelpInput = {
        distress, arousal, trigger, skills, skillEffects, windowWeeks: steady ? STEADY_WEEKS : HARD_WEEKS,
        path: hasPath ? createPath([areaState('core-beliefs'), areaState('grief')]) : null, practices: [], asOf: AS_OF, timeZone: 'UTC',
      };
      const answer = suggestWhatMightHelp(base);
      const byId = new Map(skills.map((skill) => [skill.id, skill]));
      expect(answer.suggestions.length).toBeLessThanOrEqual(5);
      expect(new Set(ids(answer)).size).toBe(answer.suggestions.length);
      for (const suggestion of answer.suggestions) {
        const skill = byId.get(suggestion.skillId)!;
        expect(skill.kind).not.toBe('maladaptive');
        expect(skill.pointsToCrisisHelp).toBe(false);
        expect(skill.family).not.toBe('self-harm');
        expect(suggestion.kind).toBe(skill.kind);
      }
      if (answer.band === 'steady-first') expect(answer.suggestions.every((suggestion) => suggestion.kind === 'coping')).toBe(true);
      expect(answer.offerSafetyPlan).toBe(answer.band === 'steady-first');
      expect(answer.suggestions.filter((suggestion) => suggestion.source === 'path')).toHaveLength(answer.band === 'heal' ? 1 : 0);
      const shuffled = [...skills].sort((a, b) => hash(a.id, seed) - hash(b.id, seed));
      expect(suggestWhatMightHelp({ ...base, skills: shuffled, skillEffects: [...skillEffects].reverse() })).toEqual(answer);
    }), { numRuns: 300 });
  });
});

function hash(text: string, seed: number): number {
  let value = seed | 0;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x9e3779b1);
  return value;
}
