import { describe, expect, it } from 'vitest';
import { exerciseForSkill } from '../practice/exercises/index';
import { NextStepSchema } from '../schemas/path';
import { AS_OF, ago, areaState, createPath, createPractice, testAreas } from '../suggestions/healing-factories';
import { nextPathStep, type NextPathStepInput } from './next-step';

const DAY = 24 * 3_600_000;
const onPath = (startedAt: string, pathAreaId = 'test-area', skillId = 'self-compassion-pause') => createPractice({ startedAt, pathAreaId, skillId });

function next(overrides: Partial<NextPathStepInput> = {}) {
  const answer = nextPathStep({ path: createPath([areaState('test-area')]), practices: [], asOf: AS_OF, areas: testAreas, ...overrides });
  if (answer.next) expect(NextStepSchema.parse(answer.next)).toEqual(answer.next);
  return answer;
}

describe('the next step on the path', () => {
  it('with room in the pace: ready now, no date', () => {
    expect(next()).toEqual({
      practicesThisWeek: 0,
      next: {
        areaId: 'test-area', layer: 0, skillId: 'self-compassion-pause', exerciseId: exerciseForSkill('self-compassion-pause')?.id ?? null,
        kind: 'healing', ready: true, readyFrom: null, reason: 'Whenever you\'re ready: Test area, Gentle.',
      },
    });
  });

  it('with the pace full: not ready, and exactly when the oldest counted practice turns 7 days old', () => {
    const answer = next({ practices: [onPath(ago(2))] });
    expect(answer.practicesThisWeek).toBe(1);
    expect(answer.next).toMatchObject({ ready: false, readyFrom: new Date(Date.parse(ago(2)) + 7 * DAY).toISOString() });
    expect(answer.next!.reason).toBe('You\'ve done what you planned this week. The next step opens on Friday — rest counts too.');
  });

  it('says "next" for the same weekday a week on, after a practice today', () => {
    // AS_OF is a Sunday; a practice an hour ago reopens next Sunday.
    const answer = next({ practices: [onPath(ago(0, 1))] });
    expect(answer.next!.reason).toBe('You\'ve done what you planned this week. The next step opens next Sunday — rest counts too.');
  });

  it('with a pace of 2 and 3 practices this week: room again once two of them have aged out', () => {
    const practices = [onPath(ago(1)), onPath(ago(6)), onPath(ago(4)), onPath(ago(9)), createPractice({ startedAt: ago(1) })];
    const answer = next({ path: createPath([areaState('test-area')], { pace: { practicesPerWeek: 2 } }), practices });
    expect(answer.practicesThisWeek).toBe(3);
    expect(answer.next).toMatchObject({ ready: false, readyFrom: new Date(AS_OF.getTime() + 3 * DAY).toISOString() });
    // Two done at a pace of 2 is a full week too.
    expect(next({ path: createPath([areaState('test-area')], { pace: { practicesPerWeek: 2 } }), practices: [onPath(ago(1)), onPath(ago(3))] }).next)
      .toMatchObject({ ready: false, readyFrom: new Date(Date.parse(ago(3)) + 7 * DAY).toISOString() });
  });

  it('counts the last 7 days: a practice exactly 7 days old has aged out, and one after asOf is not counted yet', () => {
    const practices = [onPath(ago(7)), createPractice({ startedAt: new Date(AS_OF.getTime() + 3_600_000).toISOString(), pathAreaId: 'test-area' })];
    expect(next({ practices })).toMatchObject({ practicesThisWeek: 0, next: { ready: true } });
  });

  it('names the day in the person\'s time zone: later today, tomorrow, or the weekday', () => {
    expect(next({ practices: [onPath(ago(6, 23))] }).next!.reason).toMatch(/opens later today —/);
    expect(next({ practices: [onPath(ago(6))] }).next!.reason).toMatch(/opens tomorrow —/);
    // Sunday 20:00 UTC is Monday 09:00 in Auckland; two days ago + 7 is Saturday morning there.
    expect(next({ practices: [onPath(ago(2))], timeZone: 'Pacific/Auckland' }).next!.reason).toMatch(/opens on Saturday —/);
    const withPlan = createPath([areaState('test-area')], { plan: { weekdays: [0], time: '19:00', timeZone: 'Pacific/Auckland', notify: false } });
    expect(next({ path: withPlan, practices: [onPath(ago(2))] }).next!.reason).toMatch(/opens on Saturday —/);
  });

  it('offers nothing while paused or with no area chosen, and still counts the week', () => {
    expect(next({ path: createPath([areaState('test-area')], { paused: true, pausedAt: ago(1) }), practices: [onPath(ago(2))] }))
      .toEqual({ next: null, practicesThisWeek: 1 });
    expect(next({ path: createPath([]) })).toEqual({ next: null, practicesThisWeek: 0 });
    expect(next({ path: createPath([areaState('gone-area')]) }).next).toBeNull();
  });

  it('rotates areas: never practised first, then the one practised longest ago; ties in the order chosen', () => {
    const path = createPath([areaState('test-area'), areaState('other-area')]);
    expect(next({ path }).next!.areaId).toBe('test-area');
    expect(next({ path, practices: [onPath(ago(8))] }).next).toMatchObject({ areaId: 'other-area', skillId: 'letting-the-tears-come' });
    expect(next({ path, practices: [onPath(ago(8)), onPath(ago(12), 'other-area', 'letting-the-tears-come')] }).next!.areaId).toBe('other-area');
    expect(next({ path, practices: [onPath(ago(12)), onPath(ago(8), 'other-area', 'letting-the-tears-come')] }).next!.areaId).toBe('test-area');
  });

  it('picks the skill of the current layer this person has practised least, ties in the layer\'s order', () => {
    const once = [createPractice({ skillId: 'self-compassion-pause', startedAt: ago(30) })];
    expect(next({ practices: once }).next).toMatchObject({ layer: 0, skillId: 'sitting-with-a-feeling', exerciseId: exerciseForSkill('sitting-with-a-feeling')?.id ?? null });
    const layer1 = createPath([areaState('test-area', 1)]);
    expect(next({ path: layer1 }).next).toMatchObject({ layer: 1, skillId: 'challenging-core-beliefs', exerciseId: 'core-belief-worksheet' });
    expect(next({ path: layer1, practices: [createPractice({ skillId: 'challenging-core-beliefs', startedAt: ago(30) })] }).next!.skillId).toBe('setting-a-boundary');
  });

  it('stays in the deepest layer when an area has fewer layers than the stored one', () => {
    expect(next({ path: createPath([areaState('other-area', 4)]) }).next).toMatchObject({ layer: 1, skillId: 'making-meaning-of-loss' });
  });
});
