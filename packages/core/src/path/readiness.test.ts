import { describe, expect, it } from 'vitest';
import { ReadinessSchema } from '../schemas/path';
import {
  HARD_WEEKS, STEADY_WEEKS, ago, areaState, createPath, createPractice, testAreas, windowWeeks,
} from '../suggestions/healing-factories';
import { mostlyInsideWindow } from './next-step';
import { PRACTICES_WANTED, pathReadiness } from './readiness';

const inLayer = (skillId: string, startedAt: string, extra = {}) => createPractice({ skillId, startedAt, pathAreaId: 'test-area', ...extra });

function readiness(layer: number, practices = [inLayer('self-compassion-pause', ago(5))], weeks = STEADY_WEEKS) {
  const [answer] = pathReadiness({ path: createPath([areaState('test-area', layer, ago(20))]), practices, windowWeeks: weeks, areas: testAreas });
  expect(ReadinessSchema.parse(answer)).toEqual(answer);
  return answer!;
}

describe('mostly inside the window', () => {
  it('looks at the last two complete weeks: each at most a quarter outside, or empty, and not both empty', () => {
    expect(mostlyInsideWindow(windowWeeks([4, 1], [5, 0], [9, 9]))).toBe(true); // 0.25 is still steady; the current week does not count
    expect(mostlyInsideWindow(windowWeeks([0, 0], [3, 0], [0, 0]))).toBe(true);
    expect(mostlyInsideWindow(windowWeeks([19, 5], [3, 0], [0, 0]))).toBe(false); // 0.263
    expect(mostlyInsideWindow(windowWeeks([0, 0], [0, 0], [4, 0]))).toBe(false); // nothing to go by
    expect(mostlyInsideWindow(windowWeeks([2, 0], [2, 0]).slice(-2))).toBe(false); // too few weeks
  });
});

describe('path readiness', () => {
  it(`counts practices in the current layer since it began (stepping back counts), and wants ${PRACTICES_WANTED}`, () => {
    const practices = [
      inLayer('self-compassion-pause', ago(5)),
      inLayer('self-compassion-pause', ago(25)), // before the layer began
      inLayer('setting-a-boundary', ago(4)), // another layer's skill
      createPractice({ skillId: 'sitting-with-a-feeling', startedAt: ago(3) }), // not on the path
      createPractice({ skillId: 'sitting-with-a-feeling', startedAt: ago(3), pathAreaId: 'other-area' }),
    ];
    expect(readiness(0, practices)).toEqual({
      areaId: 'test-area', hasDeeperLayer: true, practicesInLayer: 1, practicesWanted: 2, steadyWeeks: true, offerDeeper: false,
      reason: 'You\'ve practised this layer once; Mend looks for 2 before offering the next one, and there is no hurry. The last two weeks were mostly inside your window.',
    });
    expect(readiness(0, []).reason).toMatch(/^Mend looks for 2 practices in this layer before offering the next one; there is no hurry\./);
  });

  it('practised but unsteady weeks: no offer, and says staying is fine', () => {
    const practices = [inLayer('self-compassion-pause', ago(5)), inLayer('sitting-with-a-feeling', ago(2), { steppedBack: true })];
    expect(readiness(0, practices, HARD_WEEKS)).toMatchObject({ practicesInLayer: 2, steadyWeeks: false, offerDeeper: false });
    expect(readiness(0, practices, HARD_WEEKS).reason).toBe(
      'You\'ve practised this layer twice. The last two weeks had some hard stretches, so staying with this layer a while longer may feel better. That is a fine place to be.');
    expect(readiness(0, practices, windowWeeks([0, 0], [0, 0], [1, 0])).reason).toMatch(/no moments from the last two weeks/);
  });

  it('practised and steady: offers the next layer, and the person decides', () => {
    const practices = [inLayer('self-compassion-pause', ago(5)), inLayer('sitting-with-a-feeling', ago(2))];
    expect(readiness(0, practices)).toMatchObject({ practicesInLayer: 2, steadyWeeks: true, offerDeeper: true, hasDeeperLayer: true });
    expect(readiness(0, practices).reason).toBe(
      'You\'ve practised this layer twice. The last two weeks were mostly inside your window. If you feel safe enough, the next layer is open; you decide.');
    // Before the deepest layer of an area marked for a therapist's support, the reason says so.
    const middle = [inLayer('challenging-core-beliefs', ago(5)), inLayer('setting-a-boundary', ago(2)), inLayer('setting-a-boundary', ago(1))];
    expect(readiness(1, middle).reason).toMatch(/^You've practised this layer 3 times\. .* The next layer is best done with a therapist alongside you\.$/);
  });

  it('in the deepest layer there is nothing deeper to offer', () => {
    const practices = [inLayer('processing-emotional-memories', ago(5)), inLayer('processing-emotional-memories', ago(2))];
    expect(readiness(2, practices)).toMatchObject({ hasDeeperLayer: false, practicesInLayer: 2, steadyWeeks: true, offerDeeper: false });
    expect(readiness(2, practices).reason).toMatch(/^This is the deepest layer of this area\./);
  });

  it('answers for each chosen area in the order chosen, leaving out an area Mend no longer has', () => {
    const path = createPath([areaState('other-area'), areaState('gone-area'), areaState('test-area', 1)]);
    expect(pathReadiness({ path, practices: [], windowWeeks: STEADY_WEEKS, areas: testAreas }).map((entry) => entry.areaId)).toEqual(['other-area', 'test-area']);
    expect(pathReadiness({ path: createPath([areaState('core-beliefs')]), practices: [], windowWeeks: STEADY_WEEKS })).toMatchObject([{ areaId: 'core-beliefs', hasDeeperLayer: true }]);
  });
});
