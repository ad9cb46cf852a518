import { describe, expect, it } from 'vitest';
import { computeInsights } from '../insights/compute-insights';
import type { Insights } from '../insights/insights-schema';
import type { PathState } from '../schemas/path';
import type { Practice } from '../schemas/practice';
import { ProgressSchema } from '../schemas/progress';
import { AS_OF, CATALOGUE_VIEWS, ago, areaState, createPath, createPractice, testAreas } from '../suggestions/healing-factories';
import { computeProgress, type ProgressMoment } from './compute-progress';
import * as words from './win-words';

let momentCount = 0;
const moment = (occurredAt: string, satWithFeeling = false): ProgressMoment => ({ id: `moment-${++momentCount}`, occurredAt, satWithFeeling });
const worksheet = (startedAt: string, belief: string, before: number | null, after: number | null, extra: Partial<Practice> = {}) => createPractice({
  skillId: 'challenging-core-beliefs', exerciseId: 'core-belief-worksheet', startedAt,
  answers: { belief, ...(before === null ? {} : { 'strength-before': before }), ...(after === null ? {} : { 'strength-after': after }) },
  ...extra,
});
const quietInsights = (asOf = AS_OF, timeZone = 'UTC') => computeInsights({ moments: [], skills: [], asOf, timeZone });

function progress(input: {
  moments?: ProgressMoment[]; practices?: Practice[]; path?: PathState | null; insights?: Partial<Insights>; asOf?: Date; timeZone?: string;
} = {}) {
  const asOf = input.asOf ?? AS_OF;
  const timeZone = input.timeZone ?? 'UTC';
  const answer = computeProgress({
    moments: input.moments ?? [], practices: input.practices ?? [], skills: CATALOGUE_VIEWS,
    insights: { ...quietInsights(asOf, timeZone), ...input.insights }, path: input.path ?? null, asOf, timeZone, areas: testAreas,
  });
  expect(ProgressSchema.parse(answer)).toEqual(answer);
  return answer;
}

describe('progress', () => {
  it('with nothing logged: no wins, no milestones, and one gentle line for the week', () => {
    expect(progress()).toEqual({
      asOf: AS_OF.toISOString(),
      timeZone: 'UTC',
      wins: [],
      thisWeek: { weekStart: '2026-11-16', moments: 0, satWithFeeling: 0, practices: 0, healingPractices: 0, steppedBack: 0, lines: [words.QUIET_WEEK] },
      milestones: [],
    });
  });

  it('lists each kind of win, newest first', () => {
    const sat = moment(ago(6), true);
    const healing = createPractice({ skillId: 'self-compassion-pause', startedAt: ago(5) });
    const steppedBack = createPractice({ skillId: 'sitting-with-a-feeling', startedAt: ago(4), steppedBack: true });
    const coping = createPractice({ skillId: 'box-breathing', kind: 'coping', startedAt: ago(3) });
    const path = createPath([areaState('test-area', 1, ago(2)), areaState('other-area', 0, ago(1))]);
    const insights = {
      wins: { ...quietInsights().wins, easedOffSkillIds: ['endless-scrolling'] },
      windowOfTolerance: { ...quietInsights().windowOfTolerance, peakTrend: 'falling' as const },
    };
    const answer = progress({ moments: [sat, moment(ago(6, 1))], practices: [healing, steppedBack, coping], path, insights });
    expect(answer.wins).toEqual([
      { kind: 'used-less', at: AS_OF.toISOString(), text: 'You\'ve been reaching for endless scrolling less lately, and leaning on other ways to cope.', skillId: 'endless-scrolling', practiceId: null, momentId: null },
      { kind: 'lower-peaks', at: AS_OF.toISOString(), text: words.LOWER_PEAKS, skillId: null, practiceId: null, momentId: null },
      { kind: 'went-deeper', at: ago(2), text: 'You went a layer deeper in Test area: Middle.', skillId: null, practiceId: null, momentId: null },
      { kind: 'stepped-back', at: ago(4), text: 'You stepped back into coping when it was too much — that is part of healing.', skillId: 'sitting-with-a-feeling', practiceId: steppedBack.id, momentId: null },
      { kind: 'healing-practice', at: ago(5), text: expect.stringMatching(/^You made time for healing work: .+\.$/), skillId: 'self-compassion-pause', practiceId: healing.id, momentId: null },
      { kind: 'sat-with-feeling', at: ago(6), text: words.SAT_WITH_FEELING, skillId: null, practiceId: null, momentId: sat.id },
    ]);
  });

  it('keeps at most 100 wins, and nothing after asOf', () => {
    const moments = Array.from({ length: 120 }, (_, index) => moment(ago(0, index + 1), true));
    const answer = progress({ moments: [...moments, moment(new Date(AS_OF.getTime() + 60_000).toISOString(), true)] });
    expect(answer.wins).toHaveLength(100);
    expect(answer.wins[0]!.at).toBe(ago(0, 1));
  });

  it('sees a belief weaker within one worksheet, and across worksheets for the same belief (case and spaces aside)', () => {
    const first = worksheet(ago(20), 'I\'m not enough', 80, 60);
    const same = worksheet(ago(10), 'I\'m not enough', 80, 80);
    const lower = worksheet(ago(5), '  i\'m NOT   enough ', 70, 75);
    const higher = worksheet(ago(3), 'I\'m not enough', 90, 90);
    const other = worksheet(ago(2), 'I have to earn love', 50, 50);
    const notRerated = worksheet(ago(1), 'I have to earn love', 40, null, { steppedBack: true });
    const beliefWins = progress({ practices: [first, same, lower, higher, other, notRerated] }).wins.filter((win) => win.kind === 'belief-weaker');
    expect(beliefWins).toEqual([
      expect.objectContaining({ practiceId: notRerated.id, at: ago(1), text: 'You came back to “I have to earn love” holding it less tightly: 40 out of 100 at the start, where it was once 50.' }),
      expect.objectContaining({ practiceId: lower.id, at: ago(5), text: 'You came back to “i\'m NOT enough” holding it less tightly: 70 out of 100 at the start, where it was once 80.' }),
      expect.objectContaining({ practiceId: first.id, skillId: 'challenging-core-beliefs', text: 'By the end of the worksheet you believed “I\'m not enough” less strongly: 60 out of 100, down from 80.' }),
    ]);
    // A rise is not a win, and it is not called a loss either: it just is not listed.
    expect(progress({ practices: [worksheet(ago(2), 'x', 30, 50)] }).wins.filter((win) => win.kind === 'belief-weaker')).toEqual([]);
  });

  it('looks at this week in the person\'s time zone, Monday to now', () => {
    // Sunday 22 November, 22:00 in New York (03:00 UTC on Monday).
    const asOf = new Date('2026-11-23T03:00:00Z');
    const moments = [
      moment('2026-11-16T04:00:00Z', true), // Sunday 23:00 in New York: last week
      moment('2026-11-16T06:00:00Z', true), // Monday 01:00: this week
      moment('2026-11-22T12:00:00Z'),
    ];
    const practices = [
      createPractice({ startedAt: '2026-11-20T12:00:00Z' }),
      createPractice({ startedAt: '2026-11-21T12:00:00Z', steppedBack: true, kind: 'healing' }),
      createPractice({ startedAt: '2026-11-21T13:00:00Z', kind: 'coping', skillId: 'box-breathing' }),
    ];
    expect(progress({ moments, practices, asOf, timeZone: 'America/New_York' }).thisWeek).toEqual({
      weekStart: '2026-11-16', moments: 2, satWithFeeling: 1, practices: 3, healingPractices: 2, steppedBack: 1,
      lines: [
        'You logged 2 hard moments and stayed with a feeling in 1 of them.',
        'You did 3 practices, 2 of them healing work.',
        'You stepped back into coping once when it was too much. That is part of healing, not a setback.',
      ],
    });
    // The same instant is already Monday 23 November in Tokyo: a new week has begun.
    expect(progress({ moments, practices, asOf, timeZone: 'Asia/Tokyo' }).thisWeek).toMatchObject({ weekStart: '2026-11-23', moments: 0, lines: [words.QUIET_WEEK] });
  });

  it('says only what there is to say, in the right number', () => {
    expect(progress({ moments: [moment(ago(1), true)] }).thisWeek.lines).toEqual(['You logged 1 hard moment and stayed with the feeling in it.']);
    expect(progress({ moments: [moment(ago(1))], practices: [createPractice({ startedAt: ago(1) })] }).thisWeek.lines)
      .toEqual(['You logged 1 hard moment.', 'You did 1 healing practice.']);
    expect(progress({ practices: [createPractice({ startedAt: ago(1), kind: 'coping' }), createPractice({ startedAt: ago(2), kind: 'coping' })] }).thisWeek.lines)
      .toEqual(['You did 2 practices to steady yourself.']);
    expect(progress({ path: createPath([areaState('test-area', 1, ago(1))]) }).thisWeek.lines).toEqual(['You went a layer deeper in Test area.']);
  });

  it('reaches milestones when they happened, and keeps them', () => {
    const moments = [moment(ago(30)), ...Array.from({ length: 6 }, (_, index) => moment(ago(20 - index), true))];
    const healing = Array.from({ length: 4 }, (_, index) => createPractice({ startedAt: ago(15 - index) }));
    const steppedBack = createPractice({ startedAt: ago(12, 1), steppedBack: true });
    const belief = worksheet(ago(9), 'I\'m too much', 70, 50);
    // The person went back to the gentlest layer since; the practice in the deeper layer still remembers the step.
    const deeperPractice = createPractice({ skillId: 'setting-a-boundary', pathAreaId: 'test-area', startedAt: ago(8) });
    // The area was dropped and chosen again since: it remembers nothing deeper.
    const path = createPath([areaState('test-area', 0, ago(2))]);
    const answer = progress({ moments, practices: [...healing, steppedBack, belief, deeperPractice], path });
    expect(answer.milestones).toEqual([
      { id: 'first-moment', title: words.MILESTONE_TITLES['first-moment'], reachedAt: ago(30) },
      { id: 'first-sat-with-feeling', title: words.MILESTONE_TITLES['first-sat-with-feeling'], reachedAt: ago(20) },
      { id: 'sat-with-feeling-5', title: words.MILESTONE_TITLES['sat-with-feeling-5'], reachedAt: ago(16) },
      { id: 'first-healing-practice', title: words.MILESTONE_TITLES['first-healing-practice'], reachedAt: ago(15) },
      { id: 'first-step-back', title: words.MILESTONE_TITLES['first-step-back'], reachedAt: ago(12, 1) },
      { id: 'healing-practices-5', title: words.MILESTONE_TITLES['healing-practices-5'], reachedAt: ago(9) }, // the worksheet is the fifth not stepped back
      { id: 'first-belief-lighter', title: words.MILESTONE_TITLES['first-belief-lighter'], reachedAt: ago(9) },
      { id: 'first-deeper-layer', title: words.MILESTONE_TITLES['first-deeper-layer'], reachedAt: ago(8) },
    ]);
    // From the path itself, when no practice says so yet.
    expect(progress({ path: createPath([areaState('other-area', 1, ago(4))]) }).milestones)
      .toEqual([{ id: 'first-deeper-layer', title: words.MILESTONE_TITLES['first-deeper-layer'], reachedAt: ago(4) }]);
    // Nothing from after asOf.
    expect(progress({ moments: [moment(new Date(AS_OF.getTime() + 1000).toISOString(), true)] }).milestones).toEqual([]);
  });

  it('sees a step deeper when the deepest layer was first reached, once per area; going back is no new win and takes nothing away', () => {
    // Middle from 9 days ago, Deep from 7 (last week), back to Middle 3 days ago (this week).
    const wentBack = createPath([areaState('test-area', 1, ago(3), ago(40), { deepestLayer: 2, deepestLayerAt: ago(7) })]);
    const answer = progress({ path: wentBack });
    expect(answer.wins).toEqual([
      { kind: 'went-deeper', at: ago(7), text: 'You went a layer deeper in Test area: Deep.', skillId: null, practiceId: null, momentId: null },
    ]);
    expect(answer.thisWeek.lines).toEqual([words.QUIET_WEEK]);
    expect(answer.milestones).toEqual([{ id: 'first-deeper-layer', title: words.MILESTONE_TITLES['first-deeper-layer'], reachedAt: ago(7) }]);
    // Back to the gentlest layer too: still the same one win.
    const gentlest = createPath([areaState('test-area', 0, ago(1), ago(40), { deepestLayer: 2, deepestLayerAt: ago(7) })]);
    expect(progress({ path: gentlest }).wins).toEqual(answer.wins);
    // The earlier step into Middle, 9 days ago, is remembered by a practice there.
    const middlePractice = createPractice({ skillId: 'challenging-core-beliefs', pathAreaId: 'test-area', startedAt: ago(9) });
    expect(progress({ path: wentBack, practices: [middlePractice] }).milestones.find((milestone) => milestone.id === 'first-deeper-layer')?.reachedAt).toBe(ago(9));
    // The earliest of several areas; a deepest layer reached after asOf does not count yet.
    const two = createPath([
      areaState('test-area', 1, ago(3), ago(40), { deepestLayer: 1, deepestLayerAt: ago(5) }),
      areaState('other-area', 1, ago(2)),
    ]);
    expect(progress({ path: two }).milestones).toEqual([{ id: 'first-deeper-layer', title: words.MILESTONE_TITLES['first-deeper-layer'], reachedAt: ago(5) }]);
    expect(progress({ path: two, asOf: new Date(Date.parse(ago(4))) }).wins.map((win) => win.at)).toEqual([ago(5)]);
    // Never deeper than the gentlest layer: nothing to say.
    expect(progress({ path: createPath([areaState('test-area', 0, ago(1))]) }).wins).toEqual([]);
  });

  it('reaches 25 when 25 happened', () => {
    const moments = Array.from({ length: 25 }, (_, index) => moment(ago(40 - index), true));
    expect(progress({ moments }).milestones.find((milestone) => milestone.id === 'sat-with-feeling-25')?.reachedAt).toBe(ago(16));
  });
});
