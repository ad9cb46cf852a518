import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../catalogue/index';
import { ExportDocumentSchema } from '../schemas/export';
import { momentTimeProblems, type Moment } from '../schemas/moment';
import { generateDemoHistory } from './generate-demo-history';
import { TEST_SKILLS, testSkill } from './test-skills';

const NOW = new Date('2026-11-02T21:40:00Z');
const HELPFUL = ['box-breathing', 'five-senses-grounding', 'walk-for-racing-thoughts', 'reach-out-to-a-friend'];
const DISTRACTING = ['endless-scrolling', 'binge-watching-to-avoid'];
const MALADAPTIVE = ['overworking', 'alcohol-to-numb', 'withdrawing-from-others'];
const HEALING = ['self-compassion-pause', 'sitting-with-a-feeling'];

const using = (moments: readonly Moment[], skillIds: readonly string[]) =>
  moments.filter((moment) => moment.skillIds.length > 0 && moment.skillIds.every((id) => skillIds.includes(id)));
const average = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function expectWellFormed(document: ReturnType<typeof generateDemoHistory>, now: Date, skillIds: ReadonlySet<string>) {
  expect(ExportDocumentSchema.safeParse(document).error).toBeUndefined();
  const times = document.moments.map((moment) => Date.parse(moment.occurredAt));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(new Set(document.moments.map((moment) => moment.id)).size).toBe(document.moments.length);
  for (const moment of document.moments) {
    expect(momentTimeProblems(moment, now)).toEqual({});
    expect(Date.parse(moment.occurredAt)).toBeLessThan(now.getTime());
    for (const followUp of moment.followUps) expect(Date.parse(followUp.at)).toBeLessThanOrEqual(now.getTime());
    expect(Date.parse(moment.updatedAt)).toBeLessThanOrEqual(now.getTime());
    for (const id of moment.skillIds) expect(skillIds.has(id)).toBe(true);
  }
}

describe('generateDemoHistory', () => {
  it('always gives a valid export document, dated before now, using only the given skills', () => {
    const known = new Set(TEST_SKILLS.map((skill) => skill.id));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer(),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (days, seed, now) => expectWellFormed(generateDemoHistory({ days, now, seed, skills: TEST_SKILLS }), now, known),
      ),
      { numRuns: 60 },
    );
  });

  it('is deterministic for the same days, now and seed', () => {
    const options = { days: 45, now: NOW, seed: 1234, skills: TEST_SKILLS };
    expect(generateDemoHistory(options)).toEqual(generateDemoHistory(options));
    expect(generateDemoHistory({ ...options, seed: 1235 })).not.toEqual(generateDemoHistory(options));
  });

  it('numbers its moments demo-0001, demo-0002, … from the oldest', () => {
    const { moments } = generateDemoHistory({ days: 10, now: NOW, seed: 5, skills: TEST_SKILLS });
    expect(moments[0]?.id).toBe('demo-0001');
    expect(moments.at(-1)?.id).toBe(`demo-${String(moments.length).padStart(4, '0')}`);
  });

  describe.each([1, 2, 3])('60 days with seed %i', (seed) => {
    const { moments } = generateDemoHistory({ days: 60, now: NOW, seed, skills: TEST_SKILLS });
    const days = new Set(moments.map((moment) => moment.occurredAt.slice(0, 10)));

    it('has 1–4 moments on most days and some quiet days', () => {
      expect(days.size).toBeGreaterThan(35);
      expect(days.size).toBeLessThan(60);
      const perDay = [...days].map((day) => moments.filter((moment) => moment.occurredAt.startsWith(day)).length);
      expect(Math.max(...perDay)).toBeLessThanOrEqual(4);
    });

    it('uses helpful, distracting, maladaptive and healing skills', () => {
      for (const group of [HELPFUL, DISTRACTING, MALADAPTIVE, HEALING]) expect(using(moments, group).length).toBeGreaterThan(2);
    });

    it('has helpful skills that soothe: a clear drop that lasts', () => {
      const helped = using(moments, HELPFUL);
      const drops = helped.flatMap((moment) => (moment.distressAfter === null ? [] : [moment.distressBefore - moment.distressAfter]));
      expect(average(drops)).toBeGreaterThanOrEqual(2);
      for (const moment of helped) for (const followUp of moment.followUps) expect(followUp.distress).toBeLessThan(moment.distressBefore);
    });

    it('has distracting skills whose relief fades within hours', () => {
      const distracted = using(moments, DISTRACTING).filter((moment) => moment.distressAfter !== null && moment.followUps.length > 0);
      expect(distracted.length).toBeGreaterThan(2);
      for (const moment of distracted) {
        expect(moment.distressAfter).toBeLessThan(moment.distressBefore);
        expect(moment.followUps[0]?.distress).toBeGreaterThan(moment.distressAfter ?? 0);
      }
    });

    it('has numb moments, moments without an after, and times the person sat with the feeling', () => {
      expect(moments.some((moment) => moment.arousal === 'hypo' && moment.emotions.includes('numb'))).toBe(true);
      expect(moments.some((moment) => moment.distressAfter === null)).toBe(true);
      expect(moments.some((moment) => moment.satWithFeeling)).toBe(true);
    });

    it('has recurring triggers with tags and context tags', () => {
      const tags = new Set(moments.flatMap((moment) => moment.triggerTags));
      expect(tags.size).toBeGreaterThanOrEqual(4);
      expect(moments.flatMap((moment) => moment.contextTags)).toEqual(expect.arrayContaining(['home', 'evening']));
    });
  });

  it('grows healing practice and eases distress over time', () => {
    let earlyHealing = 0, lateHealing = 0, earlyDistress = 0, lateDistress = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const { moments } = generateDemoHistory({ days: 90, now: NOW, seed, skills: TEST_SKILLS });
      const half = Math.floor(moments.length / 2);
      const [early, late] = [moments.slice(0, half), moments.slice(half)];
      earlyHealing += early.filter((moment) => moment.skillIds.some((id) => HEALING.includes(id))).length;
      lateHealing += late.filter((moment) => moment.skillIds.some((id) => HEALING.includes(id))).length;
      earlyDistress += average(early.map((moment) => moment.distressBefore));
      lateDistress += average(late.map((moment) => moment.distressBefore));
    }
    expect(lateHealing).toBeGreaterThan(earlyHealing);
    expect(lateDistress).toBeLessThan(earlyDistress);
  });

  it('ties old habits to certain triggers', () => {
    const rate = (moments: readonly Moment[]) => moments.filter((moment) => moment.skillIds.includes('overworking')).length / moments.length;
    const moments = [1, 2, 3, 4].flatMap((seed) => generateDemoHistory({ days: 120, now: NOW, seed, skills: TEST_SKILLS }).moments);
    const afterWork = moments.filter((moment) => moment.triggerTags.includes('work-conflict'));
    const otherwise = moments.filter((moment) => !moment.triggerTags.includes('work-conflict'));
    expect(rate(afterWork)).toBeGreaterThan(3 * rate(otherwise));
  });

  it('keeps one trigger stuck: work does not ease, and flares up in the last two weeks', () => {
    const DAY = 86_400_000;
    let flare = 0, before = 0, flareCount = 0, beforeCount = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const moment of generateDemoHistory({ days: 60, now: NOW, seed, skills: TEST_SKILLS }).moments) {
        if (!moment.triggerTags.includes('work-conflict')) continue;
        const daysAgo = (NOW.getTime() - Date.parse(moment.occurredAt)) / DAY;
        if (daysAgo < 14) [flare, flareCount] = [flare + moment.distressBefore, flareCount + 1];
        else if (daysAgo < 28) [before, beforeCount] = [before + moment.distressBefore, beforeCount + 1];
      }
    }
    expect(flare / flareCount).toBeGreaterThan(before / beforeCount + 0.4);
  });

  it('lets the last old habit fade out before halfway, and sometimes stays high after two skills in the flare', () => {
    const histories = [1, 2, 3, 4].map((seed) => generateDemoHistory({ days: 90, now: NOW, seed, skills: TEST_SKILLS }).moments);
    const start = NOW.getTime() - 90 * 86_400_000;
    for (const moments of histories) {
      const withdrawing = moments.filter((moment) => moment.skillIds.includes('withdrawing-from-others'));
      expect(withdrawing.length).toBeGreaterThan(0);
      for (const moment of withdrawing) expect(Date.parse(moment.occurredAt) - start).toBeLessThan(0.46 * 90 * 86_400_000);
    }
    const stillHigh = histories.flat().filter((moment) =>
      moment.skillIds.length >= 2 && moment.skillIds.every((id) => HELPFUL.includes(id)) && (moment.distressAfter ?? 0) >= 7);
    expect(stillHigh.length).toBeGreaterThan(0);
  });

  it('works whatever the catalogue holds', () => {
    const odd = [testSkill('humming', 'coping', 'soothing'), testSkill('doomscroll', 'maladaptive', 'avoidance')];
    const document = generateDemoHistory({ days: 30, now: NOW, seed: 3, skills: odd });
    expectWellFormed(document, NOW, new Set(['humming', 'doomscroll']));
    expect(document.moments.flatMap((moment) => moment.skillIds)).toEqual(expect.arrayContaining(['humming', 'doomscroll']));

    const empty = generateDemoHistory({ days: 30, now: NOW, seed: 3, skills: [] });
    expectWellFormed(empty, NOW, new Set());
    expect(empty.moments.length).toBeGreaterThan(0);
  });

  it('works with the real catalogue', () => {
    const document = generateDemoHistory({ days: 60, now: NOW, seed: 1, skills: CATALOGUE });
    expectWellFormed(document, NOW, new Set(CATALOGUE.map((skill) => skill.id)));
  });

  it('rejects a number of days it cannot use', () => {
    for (const days of [-1, 1.5, Number.NaN, 100_000]) {
      expect(() => generateDemoHistory({ days, now: NOW, seed: 1, skills: TEST_SKILLS })).toThrow(RangeError);
    }
    expect(generateDemoHistory({ days: 0, now: NOW, seed: 1, skills: TEST_SKILLS }).moments).toEqual([]);
  });
});
