import { describe, expect, it } from 'vitest';
import { insightsFixture } from '../test/insights-fixture';
import {
  fromFirstActive, hardestSentence, heldRelief, someNames, sortedEffects, stillNeeded, verdictLine, weekdayBlocks, weekLabel,
  whatHelpsSentence, windowSentence,
} from './insight-words';

const name = (id: string) => id;

describe('insight words', () => {
  it('puts what soothes first and what is not yet known last', () => {
    expect(sortedEffects(insightsFixture().skillEffects).map((effect) => effect.verdict))
      .toEqual(['soothes', 'distracts', 'no-clear-effect', 'not-enough-data']);
  });

  it('says what soothes and what fades, never worse than that', () => {
    const sentence = whatHelpsSentence(insightsFixture().skillEffects, name);
    expect(sentence).toBe('box-breathing seems to soothe you: the relief mostly lasts. endless-scrolling gives relief now that tends to fade.');
    expect(whatHelpsSentence([], name)).toMatch(/No tool stands out yet/);
  });

  it('counts relief still there at the check-in in points, never below nothing', () => {
    const [scrolling, breathing] = insightsFixture().skillEffects;
    expect(heldRelief(breathing!)).toBeCloseTo(2.4);
    expect(heldRelief({ ...scrolling!, meanHeld: -0.5 })).toBe(0);
    expect(heldRelief({ ...scrolling!, meanHeld: null })).toBeNull();
  });

  it('folds hours into 3-hour blocks and finds the hardest time', () => {
    const blocks = weekdayBlocks(insightsFixture().whenYouCope.weekdayHour);
    expect(blocks).toHaveLength(7);
    expect(blocks[0]).toEqual([0, 0, 0, 0, 0, 0, 0, 7]);
    expect(blocks.flat().reduce((sum, count) => sum + count, 0)).toBe(10);
    expect(hardestSentence(blocks)).toBe('Hard moments come most often in the late evening (21:00–24:00), and more on Mondays than on other days.');
    expect(hardestSentence(weekdayBlocks([]))).toBeNull();
  });

  it('writes weeks as dates and sums the window of tolerance', () => {
    expect(weekLabel('2026-11-02')).toBe('2 Nov');
    expect(windowSentence(insightsFixture().windowOfTolerance))
      .toBe('Over the last 4 weeks, 25% of your moments were outside your window. Your hardest moments have been getting a little less hard.');
  });

  it('says a verdict a little more exactly when the engine gives its reason', () => {
    const [scrolling, , journaling, grounding] = insightsFixture().skillEffects;
    expect(verdictLine(scrolling!)).toBe('gives relief now that tends to fade');
    expect(verdictLine({ ...scrolling!, reason: 'trigger-returned' })).toMatch(/same trigger tends to come back within a day/);
    expect(verdictLine({ ...journaling!, reason: 'relief-partly-held' })).toBe('gives relief that partly lasts');
    expect(stillNeeded(grounding!)).toBe('1 of 3 with an ‘after’ number so far');
    expect(stillNeeded({ ...grounding!, usesWithAfter: 4, usesWithFollowUp: 1, reason: 'too-few-follow-ups' }))
      .toBe('relief right after; 1 of 2 check-ins so far to tell whether it lasts');
  });

  it('keeps lists of names short and weekly series from the first week with anything in it', () => {
    expect(someNames(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(someNames(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, and 3 more');
    expect(fromFirstActive([0, 0, 2, 0, 1], (value) => value > 0)).toEqual([2, 0, 1]);
    expect(fromFirstActive([0, 0], (value) => value > 0)).toEqual([]);
  });
});
