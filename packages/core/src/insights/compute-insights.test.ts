import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, SKILLS, createMoment, insightsOf } from './insights-factories';
import type { InsightsMoment } from './insights-input';
import { InsightsSchema, type SkillEffect } from './insights-schema';
import { MIN_USES_WITH_AFTER } from './thresholds';

const MINUTE = 60_000;
const SKILL_IDS = ['box-breathing', 'walk', 'endless-scrolling', 'alcohol-to-numb', 'sitting-with-a-feeling', 'not-a-known-skill'];
const TRIGGERS = ['work-conflict', 'money', 'family', 'loneliness'];
const ZONES = ['UTC', 'Europe/Dublin', 'Asia/Kathmandu', 'America/New_York'];

const distress = fc.integer({ min: 0, max: 10 });

/** Moments over the last ~100 days, a few after asOf; many at whole hours, so some share an instant. */
const momentArbitrary: fc.Arbitrary<InsightsMoment> = fc
  .record({
    minutesBefore: fc.oneof(fc.integer({ min: -3 * 24 * 60, max: 100 * 24 * 60 }), fc.integer({ min: 0, max: 200 }).map((hours) => hours * 60)),
    distressBefore: distress,
    distressAfter: fc.option(distress, { nil: null }),
    arousal: fc.constantFrom('hyper', 'window', 'hypo', null),
    triggerTags: fc.uniqueArray(fc.constantFrom(...TRIGGERS), { maxLength: 2 }),
    contextTags: fc.uniqueArray(fc.constantFrom('home', 'work', 'alone'), { maxLength: 2 }),
    skillIds: fc.uniqueArray(fc.constantFrom(...SKILL_IDS), { maxLength: 3 }),
    followUps: fc.array(fc.record({ minutesAfter: fc.integer({ min: 0, max: 60 * 60 }), distress }), { maxLength: 2 }),
    satWithFeeling: fc.boolean(),
  })
  .map(({ minutesBefore, followUps, ...rest }) => {
    const at = AS_OF.getTime() - minutesBefore * MINUTE;
    return {
      ...rest,
      occurredAt: new Date(at).toISOString(),
      followUps: followUps.map((followUp) => ({ at: new Date(at + followUp.minutesAfter * MINUTE).toISOString(), distress: followUp.distress })),
    };
  });

const history = fc.array(momentArbitrary, { maxLength: 80 });
const zone = fc.constantFrom(...ZONES);

describe('computeInsights', () => {
  it('does not care about the order of the moments', () => {
    fc.assert(
      fc.property(history, zone, fc.integer(), (moments, timeZone, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(moments, { minLength: moments.length, maxLength: moments.length }), { numRuns: 1, seed })[0]!;
        expect(insightsOf(shuffled, { timeZone })).toEqual(insightsOf(moments, { timeZone }));
        expect(insightsOf([...moments].reverse(), { timeZone })).toEqual(insightsOf(moments, { timeZone }));
      }),
      { numRuns: 150 },
    );
  });

  it('changes no skill\'s effect when moments without skills (and without trigger tags) are added', () => {
    const skillless = momentArbitrary.map((moment) => ({ ...moment, skillIds: [], triggerTags: [] }));
    fc.assert(
      fc.property(history, fc.array(skillless, { maxLength: 30 }), (moments, extra) => {
        expect(insightsOf([...moments, ...extra]).skillEffects).toEqual(insightsOf(moments).skillEffects);
      }),
      { numRuns: 150 },
    );
  });

  it('changes nothing but the "trigger came back" figures when skill-less moments do carry trigger tags', () => {
    const skillless = momentArbitrary.map((moment) => ({ ...moment, skillIds: [] }));
    const withoutTriggerFigures = ({ sameTriggerWithinDay: _a, usesWithTrigger: _b, usualSameTriggerWithinDay: _c, verdict: _d, reason: _e, certainty: _f, ...rest }: SkillEffect) => rest;
    fc.assert(
      fc.property(history, fc.array(skillless, { maxLength: 30 }), (moments, extra) => {
        expect(insightsOf([...moments, ...extra]).skillEffects.map(withoutTriggerFigures)).toEqual(insightsOf(moments).skillEffects.map(withoutTriggerFigures));
      }),
      { numRuns: 100 },
    );
  });

  it('never gives a verdict from fewer than 3 uses with an after value, and always parses with InsightsSchema', () => {
    fc.assert(
      fc.property(history, zone, (moments, timeZone) => {
        const insights = insightsOf(moments, { timeZone });
        for (const effect of insights.skillEffects) {
          if (effect.usesWithAfter < MIN_USES_WITH_AFTER) expect(effect.verdict).toBe('not-enough-data');
          if (effect.verdict !== 'not-enough-data') expect(effect.usesWithAfter).toBeGreaterThanOrEqual(MIN_USES_WITH_AFTER);
          expect(effect.certainty === null).toBe(effect.verdict === 'not-enough-data');
        }
        expect(InsightsSchema.safeParse(insights).error).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same answer for the same input, whatever it computed in between', () => {
    fc.assert(
      fc.property(history, history, (first, second) => {
        const before = insightsOf(first);
        insightsOf(second);
        expect(insightsOf(first)).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });

  it('answers an empty history with zeros, empty lists and not-enough-data', () => {
    const insights = insightsOf([]);
    expect(InsightsSchema.parse(insights)).toEqual(insights);
    expect(insights).toMatchObject({
      asOf: AS_OF.toISOString(), timeZone: 'UTC', moments: 0, skillEffects: [], recurringTriggers: [],
      reliance: { moments: 0, effectiveSkills: null, onlyWay: false },
      balance: { healingTrend: 'not-enough-data' },
      windowOfTolerance: { peakTrend: 'not-enough-data' },
      copingNotEnough: { count: 0, suggestReachingOut: false },
      wins: { satWithFeeling: 0, easedOffSkillIds: [], fallingPeaks: false, soothingSkillIds: [] },
    });
    expect(insights.whenYouCope.weekdayHour.flat().every((count) => count === 0)).toBe(true);
  });

  it('skips moments whose time cannot be read, and rejects an unknown time zone or an invalid asOf', () => {
    expect(insightsOf([createMoment({ occurredAt: 'not a time' }), createMoment()]).moments).toBe(1);
    expect(() => insightsOf([], { timeZone: 'Nowhere/Special' })).toThrow(RangeError);
    expect(() => insightsOf([], { asOf: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('accepts full moments and skill views as they come from the API', () => {
    const fullSkills = SKILLS.map((skill) => ({ ...skill, name: skill.id, source: 'catalogue' as const, summary: '' }));
    const fullMoment = { ...createMoment(), id: 'm1', note: null, emotions: [], trigger: null };
    expect(insightsOf([fullMoment], { skills: fullSkills }).moments).toBe(1);
  });
});
