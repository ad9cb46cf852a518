import { describe, expect, it } from 'vitest';
import { AS_OF, ago, createMoment, createUse, effectOf, insightsOf, repeat } from './insights-factories';

describe('skill effects: verdicts', () => {
  it('soothes: clear relief that holds at the follow-up', () => {
    const effect = effectOf(insightsOf(repeat(4, (_, at) => createUse('box-breathing', 7, 4, 4, { occurredAt: at }))), 'box-breathing');
    expect(effect).toMatchObject({
      uses: 4, usesWithAfter: 4, meanRelief: 3, reliefSpread: 0, shrunkRelief: 3, usesWithFollowUp: 4, meanHeld: 1, meanRebound: 0,
      verdict: 'soothes', reason: 'relief-held', certainty: 'low',
    });
  });

  it('distracts: relief at the time, mostly gone at the follow-up', () => {
    const effect = effectOf(insightsOf(repeat(4, (_, at) => createUse('endless-scrolling', 7, 4, 7, { occurredAt: at }))), 'endless-scrolling');
    expect(effect).toMatchObject({ meanRelief: 3, meanHeld: 0, meanRebound: 3, verdict: 'distracts', reason: 'relief-faded' });
  });

  it('distracts: the same trigger back within a day, more often than usual for it, when follow-ups cannot tell', () => {
    // Four uses two days apart, each followed six hours later by money worries again.
    const moments = [0, 1, 2, 3].flatMap((n) => [
      createUse('journaling', 7, 4, null, { occurredAt: ago(4 + 2 * n, 0), triggerTags: ['money'] }),
      createMoment({ occurredAt: ago(4 + 2 * n, -6), triggerTags: ['money'] }),
    ]);
    const effect = effectOf(insightsOf(moments), 'journaling');
    // Of the 8 money moments, 4 (the uses) saw money again within a day: usually 1 in 2.
    expect(effect).toMatchObject({
      usesWithTrigger: 4, sameTriggerWithinDay: 4, usualSameTriggerWithinDay: 2,
      verdict: 'distracts', reason: 'trigger-returned', certainty: 'low',
    });
  });

  it('does not call it distracting when the trigger comes back as often as it always does', () => {
    // Money every three hours, whatever the person does: 11 of the 12 see it again within a day.
    const moments = repeat(12, (index, at) =>
      index % 3 === 1
        ? createUse('journaling', 7, 4, null, { occurredAt: at, triggerTags: ['money'] })
        : createMoment({ occurredAt: at, triggerTags: ['money'] }), 2);
    const effect = effectOf(insightsOf(moments), 'journaling');
    expect(effect?.sameTriggerWithinDay).toBe(4);
    expect(effect?.usualSameTriggerWithinDay).toBeCloseTo((4 * 11) / 12, 3);
    expect(effect).toMatchObject({ verdict: 'not-enough-data', reason: 'too-few-follow-ups', certainty: null });
  });

  it('no clear effect: no clear relief', () => {
    const effect = effectOf(insightsOf(repeat(5, (_, at) => createUse('journaling', 6, 6, 6, { occurredAt: at }))), 'journaling');
    expect(effect).toMatchObject({ meanRelief: 0, shrunkRelief: 0, verdict: 'no-clear-effect', reason: 'no-clear-relief', certainty: 'medium' });
  });

  it('no clear effect: relief that partly holds', () => {
    const effect = effectOf(insightsOf(repeat(4, (_, at) => createUse('walk', 8, 4, 6, { occurredAt: at }))), 'walk');
    expect(effect).toMatchObject({ meanHeld: 0.5, meanRebound: 2, verdict: 'no-clear-effect', reason: 'relief-partly-held' });
  });

  it('not enough data: fewer than 3 uses with an after value, however many uses', () => {
    const moments = [
      ...repeat(2, (_, at) => createUse('walk', 9, 1, 1, { occurredAt: at })),
      ...repeat(6, (_, at) => createUse('walk', 9, null, null, { occurredAt: at }), 10),
    ];
    const effect = effectOf(insightsOf(moments), 'walk');
    expect(effect).toMatchObject({ uses: 8, usesWithAfter: 2, meanRelief: 8, verdict: 'not-enough-data', reason: 'too-few-after-values', certainty: null });
  });

  it('not enough data: clear relief but fewer than 2 follow-ups to show whether it lasts', () => {
    const moments = [createUse('walk', 7, 3, 3, { occurredAt: ago(2) }), ...repeat(3, (_, at) => createUse('walk', 7, 3, null, { occurredAt: at }), 5)];
    expect(effectOf(insightsOf(moments), 'walk')).toMatchObject({ usesWithFollowUp: 1, verdict: 'not-enough-data', reason: 'too-few-follow-ups' });
  });

  it('gives maladaptive skills the same analysis: relief now, a rebound later', () => {
    const effect = effectOf(insightsOf(repeat(6, (_, at) => createUse('alcohol-to-numb', 6, 3, 7, { occurredAt: at }))), 'alcohol-to-numb');
    expect(effect).toMatchObject({ kind: 'maladaptive', meanRelief: 3, meanHeld: 0, meanRebound: 4, verdict: 'distracts', certainty: 'medium' });
  });

  it('lists soothing skills first, then distracting ones, then the rest', () => {
    const moments = [
      ...repeat(3, (_, at) => createUse('journaling', 6, 6, null, { occurredAt: at }), 20),
      ...repeat(4, (_, at) => createUse('endless-scrolling', 7, 4, 7, { occurredAt: at }), 10),
      ...repeat(4, (_, at) => createUse('box-breathing', 7, 4, 4, { occurredAt: at }), 5),
      createUse('walk', 5, 4, null, { occurredAt: ago(1) }),
    ];
    expect(insightsOf(moments).skillEffects.map((effect) => effect.verdict)).toEqual(['soothes', 'distracts', 'no-clear-effect', 'not-enough-data']);
  });
});

describe('skill effects: small samples claim less', () => {
  it('shrinks each mean toward the overall mean relief, as if it had 3 more uses at that mean', () => {
    // Overall mean relief: (3 × 4 + 6 × 1) / 9 = 2.
    const moments = [
      ...repeat(3, (_, at) => createUse('box-breathing', 8, 4, null, { occurredAt: at }), 5),
      ...repeat(6, (_, at) => createUse('walk', 5, 4, null, { occurredAt: at }), 10),
    ];
    const insights = insightsOf(moments);
    expect(effectOf(insights, 'box-breathing')?.shrunkRelief).toBe(3); // (12 + 3 × 2) / 6
    expect(effectOf(insights, 'walk')?.shrunkRelief).toBeCloseTo(12 / 9, 3); // (6 + 3 × 2) / 9
  });

  it('gives a 90% Student t interval, with the spread never taken below 1 point', () => {
    const moments = [2, 4, 6].map((relief, index) => createUse('walk', 8, 8 - relief, null, { occurredAt: ago(2 + index) }));
    const effect = effectOf(insightsOf(moments), 'walk');
    expect(effect?.reliefSpread).toBe(2);
    // 4 ± 2.920 × 2 / √3
    expect(effect?.reliefInterval?.low).toBeCloseTo(0.628, 3);
    expect(effect?.reliefInterval?.high).toBeCloseTo(7.372, 3);

    const same = effectOf(insightsOf(repeat(3, (_, at) => createUse('walk', 8, 5, null, { occurredAt: at }))), 'walk');
    // Spread 0 is taken as 1: 3 ± 2.920 / √3
    expect(same?.reliefInterval?.low).toBeCloseTo(3 - 2.92 / Math.sqrt(3), 3);
  });

  it('grows certainty with evidence: 3–4 low, 5–9 medium, 10 or more high', () => {
    const certainty = (count: number) =>
      effectOf(insightsOf(repeat(count, (_, at) => createUse('box-breathing', 7, 4, 4, { occurredAt: at }))), 'box-breathing')?.certainty;
    expect([certainty(4), certainty(5), certainty(9), certainty(10)]).toEqual(['low', 'medium', 'medium', 'high']);
  });

  it('is one step less sure when the uses disagree a lot (90% interval wider than 3 points)', () => {
    const moments = repeat(10, (index, at) => createUse('box-breathing', 8, index % 2 === 0 ? 8 : 0, index % 2 === 0 ? 8 : 0, { occurredAt: at }));
    const effect = effectOf(insightsOf(moments), 'box-breathing');
    expect(effect?.verdict).toBe('soothes');
    expect(effect?.certainty).toBe('medium');
  });

  it('is one step less sure near a line (held share just above 0.6)', () => {
    // Relief 5, 3.25 of it still there on average: held 0.65.
    const moments = repeat(12, (index, at) => createUse('box-breathing', 9, 4, index % 4 === 0 ? 8 : 5, { occurredAt: at }));
    const effect = effectOf(insightsOf(moments), 'box-breathing');
    expect(effect?.meanHeld).toBe(0.65);
    expect(effect?.certainty).toBe('medium');
  });
});

describe('skill effects: what counts', () => {
  it('counts a moment with several skills, whole, for each of them', () => {
    const insights = insightsOf(repeat(3, (_, at) => createUse(['box-breathing', 'walk'], 8, 3, 3, { occurredAt: at })));
    const { skillId: _a, kind: _b, ...breathing } = effectOf(insights, 'box-breathing')!;
    const { skillId: _c, kind: _d, ...walk } = effectOf(insights, 'walk')!;
    expect(breathing).toEqual(walk);
    expect(breathing).toMatchObject({ uses: 3, meanRelief: 5, verdict: 'soothes' });
  });

  it('leaves out skills it does not know, moments after asOf, and follow-ups after asOf or beyond 48 hours', () => {
    const moments = [
      createUse('mystery-skill', 8, 2),
      createUse('walk', 8, 2, null, { occurredAt: new Date(AS_OF.getTime() + 60_000).toISOString() }),
      createUse('box-breathing', 8, 2, null, { occurredAt: ago(1), followUps: [{ at: new Date(AS_OF.getTime() + 60_000).toISOString(), distress: 8 }] }),
      createUse('box-breathing', 8, 2, null, { occurredAt: ago(5), followUps: [{ at: ago(2), distress: 8 }] }),
    ];
    const insights = insightsOf(moments);
    expect(insights.moments).toBe(3);
    expect(insights.skillEffects.map((effect) => effect.skillId)).toEqual(['box-breathing']);
    expect(effectOf(insights, 'box-breathing')).toMatchObject({ uses: 2, usesWithFollowUp: 0 });
  });

  it('uses the last follow-up within 48 hours', () => {
    const moment = createUse('walk', 8, 3, null, {
      occurredAt: ago(5),
      followUps: [{ at: ago(5, -1), distress: 3 }, { at: ago(5, -12), distress: 7 }, { at: ago(5, -6), distress: 4 }],
    });
    expect(effectOf(insightsOf([moment]), 'walk')?.meanRebound).toBe(4);
  });

  it('reads kind from the person\'s own classification', () => {
    const insights = insightsOf([createUse('walk', 8, 3)], {
      skills: [{ id: 'walk', kind: 'maladaptive', family: 'avoidance', withTherapist: false, pointsToCrisisHelp: false }],
    });
    expect(effectOf(insights, 'walk')?.kind).toBe('maladaptive');
  });
});
