import { describe, expect, it } from 'vitest';
import { AS_OF, ago, createMoment, createUse, repeat } from '../insights/insights-factories';
import type { InsightsMoment } from '../insights/insights-input';
import { SessionPrepSchema } from '../schemas/session-prep';
import { buildSessionPrep } from './build-session-prep';
import { PERSON, SKILL_VIEWS, createPractice, prepOf, skillView } from './session-prep-factories';

const MONDAY = new Date('2026-11-16T00:00:00Z');

describe('buildSessionPrep', () => {
  it('an empty period: every week there, nothing counted, nothing flagged', () => {
    const prep = prepOf([]);
    expect(SessionPrepSchema.parse(prep)).toEqual(prep);
    expect(prep).toMatchObject({
      person: PERSON,
      from: '2026-10-23T20:00:00.000Z',
      to: '2026-11-22T20:00:00.000Z',
      timeZone: 'UTC',
      moments: 0,
      distress: { meanBefore: null, meanAfter: null, withAfter: 0 },
      soothed: [],
      distracted: [],
      recurringTriggers: [],
      practice: { sessions: 0, minutes: 0, steppedBack: 0, skills: [] },
      wins: { satWithFeeling: 0, easedOff: [], fallingPeaks: false },
      flags: [],
    });
    // Friday 23 Oct to Sunday 22 Nov: the weeks of 19 Oct … 16 Nov.
    expect(prep.distress.weeks.map((week) => week.weekStart)).toEqual(['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(prep.distress.weeks[0]).toEqual({ weekStart: '2026-10-19', moments: 0, meanBefore: null, meanAfter: null, peak: null });
  });

  it('one week: moments, means over those with an after value, the peak', () => {
    const moments = [
      createMoment({ occurredAt: '2026-11-16T08:00:00Z', distressBefore: 8, distressAfter: 5 }),
      createMoment({ occurredAt: '2026-11-18T08:00:00Z', distressBefore: 6, distressAfter: 2 }),
      createMoment({ occurredAt: '2026-11-22T19:00:00Z', distressBefore: 5 }),
    ];
    const prep = prepOf(moments, { from: MONDAY });
    expect(prep.moments).toBe(3);
    expect(prep.distress).toEqual({
      weeks: [{ weekStart: '2026-11-16', moments: 3, meanBefore: 6.33, meanAfter: 3.5, peak: 8 }],
      meanBefore: 6.33,
      meanAfter: 3.5,
      withAfter: 2,
    });
  });

  it('counts only the period, from and to included, but takes verdicts from the whole history up to its end', () => {
    // Box breathing soothed all autumn; in the period it was used once. Scrolling's relief faded.
    const history = [
      ...repeat(4, (_, at) => createUse('box-breathing', 7, 4, 4, { occurredAt: at, triggerTags: ['work-conflict'] }), 40),
      ...repeat(4, (_, at) => createUse('endless-scrolling', 7, 4, 7, { occurredAt: at }), 50),
      ...repeat(4, (_, at) => createUse('walk', 7, 3, 3, { occurredAt: at }), 45),
    ];
    const period = [
      createUse('box-breathing', 6, 3, null, { occurredAt: MONDAY.toISOString(), triggerTags: ['work-conflict'] }),
      createUse(['endless-scrolling', 'box-breathing'], 8, 6, null, { occurredAt: ago(1), triggerTags: ['work-conflict', 'money'] }),
      createUse('endless-scrolling', 7, 5, null, { occurredAt: AS_OF.toISOString(), satWithFeeling: true }),
    ];
    const after = [createUse('endless-scrolling', 9, 9, null, { occurredAt: new Date(AS_OF.getTime() + 1).toISOString(), triggerTags: ['money'] })];
    const prep = prepOf([...history, ...period, ...after], { from: MONDAY });

    expect(prep.moments).toBe(3);
    expect(prep.distress.meanBefore).toBe(7);
    expect(prep.soothed).toEqual([{ skillId: 'box-breathing', name: 'Box breathing', kind: 'coping', uses: 2 }]);
    expect(prep.distracted).toEqual([{ skillId: 'endless-scrolling', name: 'Endless scrolling', kind: 'maladaptive', uses: 2 }]);
    // Walk soothes too, but was not used in the period.
    expect(prep.soothed.map((use) => use.skillId)).not.toContain('walk');
    expect(prep.recurringTriggers).toEqual([{ tag: 'work-conflict', count: 2 }]);
    expect(prep.wins.satWithFeeling).toBe(1);
    expect(prep.flags).toEqual([]);
  });

  it('recurring triggers: at least 2 moments, most first, ties by tag, at most 8; a tag twice on one moment counts once', () => {
    const tags = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const moments = [
      ...tags.flatMap((tag, index) => repeat(2 + (index === 8 ? 3 : 0), (_, at) => createMoment({ occurredAt: at, triggerTags: [tag] }), 2 + index)),
      createMoment({ occurredAt: ago(20), triggerTags: ['once', 'once'] }),
    ];
    const triggers = prepOf(moments).recurringTriggers;
    expect(triggers).toHaveLength(8);
    expect(triggers[0]).toEqual({ tag: 'i', count: 5 });
    expect(triggers.slice(1).map((trigger) => trigger.tag)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(prepOf([createMoment({ occurredAt: ago(2), triggerTags: ['once', 'once'] })]).recurringTriggers).toEqual([]);
  });

  it('healing practice: healing skills and path steps in the period, not a coping exercise', () => {
    const practices = [
      createPractice({ durationSeconds: 600 }),
      createPractice({ skillId: 'self-compassion-pause', durationSeconds: 300, steppedBack: true }),
      createPractice({ durationSeconds: 1230, startedAt: '2026-11-01T10:00:00Z' }),
      // A coping exercise done as a step on the path counts; on its own it does not.
      createPractice({ skillId: 'box-breathing', durationSeconds: 120, pathAreaId: 'nervous-system' }),
      createPractice({ skillId: 'box-breathing', durationSeconds: 240 }),
      // Before the period.
      createPractice({ durationSeconds: 900, startedAt: '2026-10-01T10:00:00Z' }),
    ];
    expect(prepOf([], { practices }).practice).toEqual({
      sessions: 4,
      minutes: 38, // 2250 s
      steppedBack: 1,
      skills: [
        { skillId: 'sitting-with-a-feeling', name: 'Sitting with a feeling', sessions: 2 },
        { skillId: 'box-breathing', name: 'Box breathing', sessions: 1 },
        { skillId: 'self-compassion-pause', name: 'Self compassion pause', sessions: 1 },
      ],
    });
  });

  it('wins: eased-off skills and falling peaks come from the insights', () => {
    const earlier = [createUse('overworking', 9, 6, null, { occurredAt: ago(80) }), createUse('overworking', 9, 6, null, { occurredAt: ago(60) })];
    const peaks = [9, 9, 8, 7, 6].map((distress, index) => createMoment({ occurredAt: ago(11 + 7 * (4 - index)), distressBefore: distress }));
    const walk = createUse('walk', 6, 3, null, { occurredAt: ago(3) });
    expect(prepOf([...earlier, ...peaks, walk]).wins).toEqual({
      satWithFeeling: 0,
      easedOff: [{ skillId: 'overworking', name: 'Overworking' }],
      fallingPeaks: true,
    });
  });

  it('uses the person\'s own name for their own skill, and the id for a skill they no longer have', () => {
    const own = skillView({ id: 'custom-k3f9', kind: 'healing', family: 'other', withTherapist: false, pointsToCrisisHelp: false }, 'Łaźnia w sobotę', 'custom');
    const practices = [createPractice({ skillId: 'custom-k3f9' }), createPractice({ skillId: 'custom-gone', pathAreaId: 'grief' })];
    const prep = prepOf([], { practices, skills: [...SKILL_VIEWS, own] });
    expect(prep.practice.skills.map((skill) => skill.name)).toEqual(['custom-gone', 'Łaźnia w sobotę']);
  });
});

describe('buildSessionPrep: weeks in the person\'s time zone', () => {
  // Sunday 15 Nov 11:30 UTC is already Monday 16 Nov, 00:30, in Auckland (+13).
  const moment = createMoment({ occurredAt: '2026-11-15T11:30:00Z', distressBefore: 7 });
  const from = new Date('2026-11-09T12:00:00Z');

  it('puts a moment in the week its local date falls in', () => {
    const weeksIn = (timeZone: string) => prepOf([moment], { from, timeZone }).distress.weeks.map((week) => [week.weekStart, week.moments]);
    expect(weeksIn('UTC')).toEqual([['2026-11-09', 1], ['2026-11-16', 0]]);
    // AS_OF (Sunday 20:00 UTC) is Monday morning in Auckland, so a third week has begun there.
    expect(weeksIn('Pacific/Auckland')).toEqual([['2026-11-09', 0], ['2026-11-16', 1], ['2026-11-23', 0]]);
  });

  it('starts the first week on the Monday before `from`, local time', () => {
    // Monday 00:30 in Auckland is still Sunday in UTC: the week of 9 Nov there, of 16 Nov in Auckland.
    const prep = prepOf([], { from: new Date('2026-11-15T11:30:00Z'), timeZone: 'Pacific/Auckland' });
    expect(prep.distress.weeks[0]?.weekStart).toBe('2026-11-16');
    expect(prepOf([], { from: new Date('2026-11-15T11:30:00Z') }).distress.weeks[0]?.weekStart).toBe('2026-11-09');
  });
});

describe('buildSessionPrep: flags', () => {
  const kinds = (moments: readonly InsightsMoment[]) => prepOf(moments).flags.map((flag) => flag.kind);

  it('coping-not-enough: from the insights, when they suggest reaching out', () => {
    const stillHigh = (count: number) => Array.from({ length: count }, (_, index) => createUse(['box-breathing', 'walk'], 6, 7, null, { occurredAt: ago(1 + index) }));
    expect(prepOf(stillHigh(5)).flags).toEqual([{ kind: 'coping-not-enough', count: 5, skillId: null, name: null }]);
    expect(kinds(stillHigh(4))).toEqual([]);
  });

  it('only-way: each skill that is becoming the only way, with its uses in the last 30 days', () => {
    const moments = (withSkill: number) => repeat(10, (index, at) => (index < withSkill ? createUse('endless-scrolling', 7, 5, null, { occurredAt: at }) : createMoment({ occurredAt: at })));
    expect(prepOf(moments(6)).flags).toEqual([{ kind: 'only-way', count: 6, skillId: 'endless-scrolling', name: 'Endless scrolling' }]);
    expect(kinds(moments(5))).toEqual([]);
  });

  it('maladaptive-rising: the maladaptive share rose four complete weeks running', () => {
    const week = (weeksBack: number, maladaptive: number) =>
      Array.from({ length: 4 }, (_, index) => createUse(index < maladaptive ? 'endless-scrolling' : 'walk', 6, 5, null, { occurredAt: ago(11 + 7 * weeksBack, index) }));
    const rising = [week(4, 0), week(3, 1), week(2, 2), week(1, 3), week(0, 4)].flat();
    expect(kinds(rising)).toContain('maladaptive-rising');
    expect(prepOf(rising).flags.find((flag) => flag.kind === 'maladaptive-rising')).toEqual({ kind: 'maladaptive-rising', count: null, skillId: null, name: null });
    const flat = [week(4, 0), week(3, 1), week(2, 1), week(1, 3), week(0, 4)].flat();
    expect(kinds(flat)).not.toContain('maladaptive-rising');
  });

  it('often-outside-window: at least half of at least 4 moments in the period at 8+ or numb', () => {
    const outside = [createMoment({ occurredAt: ago(1), distressBefore: 8 }), createMoment({ occurredAt: ago(2), distressBefore: 2, arousal: 'hypo' })];
    const inside = (count: number) => repeat(count, (_, at) => createMoment({ occurredAt: at, distressBefore: 5, arousal: 'window' }), 5);
    expect(prepOf([...outside, ...inside(2)]).flags).toEqual([{ kind: 'often-outside-window', count: 2, skillId: null, name: null }]);
    expect(kinds([...outside, ...inside(3)])).toEqual([]);
    // Three moments, all outside: too few to say "often".
    expect(kinds([...outside, createMoment({ occurredAt: ago(3), distressBefore: 8 })])).toEqual([]);
    // Outside moments before the period do not count toward it.
    expect(kinds([...outside, ...inside(2).map((moment) => ({ ...moment })), createMoment({ occurredAt: ago(40), distressBefore: 9 })])).toContain('often-outside-window');
    expect(kinds([createMoment({ occurredAt: ago(1), distressBefore: 8 }), ...inside(3), createMoment({ occurredAt: ago(40), distressBefore: 8 })])).toEqual([]);
  });

  it('crisis-level: moments in the period at distress 9 or 10, before or after', () => {
    const moments = [
      createMoment({ occurredAt: ago(1), distressBefore: 9 }),
      createMoment({ occurredAt: ago(2), distressBefore: 7, distressAfter: 10 }),
      createMoment({ occurredAt: ago(3), distressBefore: 8, distressAfter: 8 }),
      createMoment({ occurredAt: ago(45), distressBefore: 10 }),
    ];
    expect(prepOf(moments).flags).toEqual([{ kind: 'crisis-level', count: 2, skillId: null, name: null }]);
    expect(kinds(moments.slice(2))).toEqual([]);
  });
});

describe('buildSessionPrep: bad input', () => {
  it('refuses from after to, invalid dates and unknown time zones', () => {
    const input = { person: PERSON, from: AS_OF, to: AS_OF, timeZone: 'UTC', moments: [], practices: [], skills: SKILL_VIEWS };
    expect(buildSessionPrep(input).distress.weeks).toHaveLength(1);
    expect(() => buildSessionPrep({ ...input, from: new Date(AS_OF.getTime() + 1) })).toThrow(RangeError);
    expect(() => buildSessionPrep({ ...input, to: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => buildSessionPrep({ ...input, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
